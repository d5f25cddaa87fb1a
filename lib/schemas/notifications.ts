import { z } from "./z";

// Inbox and mail-preference inputs (the account page's client form imports these).
// Messages are keys of the "validation" namespace.

export const markNotificationReadSchema = z.object({ notificationId: z.uuid("invalid") });
export type MarkNotificationReadInput = z.input<typeof markNotificationReadSchema>;

export const markAllNotificationsReadSchema = z.object({});

/** The kinds of mail the person turns off; unknown and mandatory kinds are dropped by the server (normaliseMutedKinds). */
export const mailPreferencesSchema = z.object({
  mutedMailKinds: z.array(z.string().check(z.maxLength(64, "tooLong"))).check(z.maxLength(50, "tooLong")),
});
export type MailPreferencesInput = z.input<typeof mailPreferencesSchema>;
