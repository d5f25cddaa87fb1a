import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { wantsMail } from "./notification-kinds";

export interface Recipient {
  id: string;
  email: string;
  locale: string;
  organisationId: string | null;
  mutedMailKinds: string[];
  /** A staff member's city (a member's is its organisation's, looked up when the mail is sent). */
  cityId: string | null;
}

/** What to select for a Recipient. */
export const RECIPIENT_SELECT = {
  id: true,
  email: true,
  locale: true,
  organisationId: true,
  mutedMailKinds: true,
  cityId: true,
} as const;

/**
 * The one place every notification goes through: writes one inbox item per recipient inside the
 * caller's transaction (it commits with the event, or not at all) and returns the mails of the
 * same event, one per recipient who has not turned this kind off (mandatory kinds always), to be
 * queued by the caller once the transaction has committed (lib/notifications/send-queued-emails.ts:
 * a mail-queue outage must not undo a decision). Only the message key and its parameters are
 * stored; the reader's language is applied when the item is shown or the mail rendered.
 */
export async function notifyUsers(
  tx: Prisma.TransactionClient,
  recipients: readonly Recipient[],
  kind: string,
  params: Record<string, string | undefined>,
  href: string | null,
): Promise<EmailJob[]> {
  return notifyUsersOfAll(tx, recipients, [{ kind, params, href }]);
}

/** Several notifications to the same recipients (an approval: approved, and published), in one insert. */
export async function notifyUsersOfAll(
  tx: Prisma.TransactionClient,
  recipients: readonly Recipient[],
  notes: ReadonlyArray<{ kind: string; params: Record<string, string | undefined>; href: string | null }>,
): Promise<EmailJob[]> {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  if (unique.length === 0 || notes.length === 0) return [];
  const clean = notes.map((n) => ({ ...n, params: Object.fromEntries(Object.entries(n.params).filter(([, v]) => v !== undefined)) as Record<string, string> }));
  await tx.notification.createMany({
    data: clean.flatMap((n) => unique.map((r) => ({ userId: r.id, organisationId: r.organisationId, kind: n.kind, params: n.params, href: n.href }))),
  });
  return clean.flatMap((n) =>
    unique.filter((r) => wantsMail(n.kind, r.mutedMailKinds)).map((r) => ({ to: r.email, template: n.kind, params: n.params, locale: r.locale, ...mailCityOf(r) })),
  );
}

/**
 * Whose bureau signs a recipient's mail: a staff member's city, or the member's organisation,
 * whose city the mail worker reads (lib/notifications/mail/email-city.ts). Not joined here: a
 * decision's transaction would pay a statement for it (tests/db/review-statements.test.ts).
 */
function mailCityOf(recipient: Recipient): Pick<EmailJob, "cityId" | "organisationId"> {
  if (recipient.cityId) return { cityId: recipient.cityId };
  return recipient.organisationId ? { organisationId: recipient.organisationId } : {};
}
