import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { remindPendingConfirmations } from "@/lib/employment/remind-pending-confirmations";

export const CONFIRMATION_REMINDER_QUEUE = "remind-pending-confirmations";

/** Days an employer may leave a contract confirmation waiting before it is reminded: CONFIRMATION_REMINDER_DAYS, default 7. */
export function confirmationReminderDays(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.CONFIRMATION_REMINDER_DAYS ?? 7);
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new Error("CONFIRMATION_REMINDER_DAYS must be a whole number of days from 1 to 365");
  return days;
}

/**
 * Every morning at 09:00 China time (pg-boss cron: one instance runs each occurrence) employers
 * are reminded of contract confirmations waiting for `days` days. Start it beside the e-mail
 * worker at instance start-up.
 */
export async function startConfirmationReminderJob(boss: PgBoss, prisma: PrismaClient, days = confirmationReminderDays(), cron = "0 9 * * *"): Promise<string> {
  if (!(await boss.getQueue(CONFIRMATION_REMINDER_QUEUE))) await boss.createQueue(CONFIRMATION_REMINDER_QUEUE, { name: CONFIRMATION_REMINDER_QUEUE, retryLimit: 3 });
  await boss.schedule(CONFIRMATION_REMINDER_QUEUE, cron, undefined, { tz: "Asia/Shanghai" });
  return boss.work(CONFIRMATION_REMINDER_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    await remindPendingConfirmations(prisma, boss, { days });
  });
}
