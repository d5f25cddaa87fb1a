import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endExpiredNotices } from "@/lib/grants/public-notice/end-expired-notices";

export const NOTICE_EXPIRY_QUEUE = "end-expired-notices";

/**
 * Bookkeeping for the public notice: every 15 minutes (pg-boss cron, one instance runs it) items
 * whose period has run out are recorded as ENDED. Correctness does not depend on it: every
 * query treats endsAt <= now as ended. Start it beside the e-mail worker at instance start-up.
 */
export async function startNoticeExpiryJob(boss: PgBoss, prisma: PrismaClient, cron = "*/15 * * * *", pollingIntervalSeconds = 30): Promise<string> {
  if (!(await boss.getQueue(NOTICE_EXPIRY_QUEUE))) await boss.createQueue(NOTICE_EXPIRY_QUEUE, { name: NOTICE_EXPIRY_QUEUE, retryLimit: 3 });
  await boss.schedule(NOTICE_EXPIRY_QUEUE, cron, undefined, { tz: "Asia/Shanghai" });
  return boss.work(NOTICE_EXPIRY_QUEUE, { pollingIntervalSeconds }, async () => {
    await endExpiredNotices(prisma);
  });
}
