import type { Db } from "@/lib/db";

/**
 * How long an Idempotency-Key's first answer is kept (SECURITY.md, V13): a client retries within
 * minutes; a day covers a retry after an outage. After that the key may be used afresh.
 */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

export function idempotencyCutoff(now: Date = new Date()): Date {
  return new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3600_000);
}

/** Deletes the stored answers older than the retention (the daily job); returns how many. */
export async function purgeIdempotentRequests(db: Db, now: Date = new Date()): Promise<number> {
  const { count } = await db.apiIdempotentRequest.deleteMany({ where: { createdAt: { lt: idempotencyCutoff(now) } } });
  return count;
}
