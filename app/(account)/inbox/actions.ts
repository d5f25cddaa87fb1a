"use server";

import { revalidatePath } from "next/cache";
import { accountAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/schemas/notifications";


/** Marks one of the caller's own items read; someone else's item is "not found". Returns where it points. */
export const markNotificationReadAction = accountAction(markNotificationReadSchema, async (input, { actor }) => {
  const result = await markNotificationRead(getPrisma(), actor.id, input);
  revalidatePath("/", "layout");
  return result;
});

export const markAllNotificationsReadAction = accountAction(markAllNotificationsReadSchema, async (_input, { actor }) => {
  const result = await markAllNotificationsRead(getPrisma(), actor.id);
  revalidatePath("/", "layout");
  return result;
});
