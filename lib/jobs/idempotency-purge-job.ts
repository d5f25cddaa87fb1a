import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { purgeIdempotentRequests } from "@/lib/api-keys/purge-idempotent-requests";

export const IDEMPOTENCY_PURGE_QUEUE = "purge-idempotent-requests";

/**
 * Housekeeping for the API's idempotency keys: once a day (pg-boss cron, one instance runs it) the
 * answers kept past their retention are deleted. Correctness does not depend on it: the API
 * ignores an expired answer (lib/api/v1/save-offshore-draft.ts).
 */
export async function startIdempotencyPurgeJob(boss: PgBoss, prisma: PrismaClient, cron = "30 3 * * *", pollingIntervalSeconds = 60): Promise<string> {
  if (!(await boss.getQueue(IDEMPOTENCY_PURGE_QUEUE))) await boss.createQueue(IDEMPOTENCY_PURGE_QUEUE, { name: IDEMPOTENCY_PURGE_QUEUE, retryLimit: 3 });
  await boss.schedule(IDEMPOTENCY_PURGE_QUEUE, cron, undefined, { tz: "Asia/Shanghai" });
  return boss.work(IDEMPOTENCY_PURGE_QUEUE, { pollingIntervalSeconds }, async () => {
    await purgeIdempotentRequests(prisma);
  });
}
