"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/schemas/notifications";

const EVERY_ROLE = ["ENTERPRISE_MEMBER", "INSTITUTION_MEMBER", "REVIEWER", "ADMINISTRATOR"] as const;

/** Marks one of the caller's own items read; someone else's item is "not found". Returns where it points. */
export const markNotificationReadAction = authedAction([...EVERY_ROLE], markNotificationReadSchema, async (input, { user }) => {
  const result = await markNotificationRead(getPrisma(), user.id, input);
  revalidatePath("/", "layout");
  return result;
});

export const markAllNotificationsReadAction = authedAction([...EVERY_ROLE], markAllNotificationsReadSchema, async (_input, { user }) => {
  const result = await markAllNotificationsRead(getPrisma(), user.id);
  revalidatePath("/", "layout");
  return result;
});
