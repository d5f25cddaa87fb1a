import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Records ENDED on items whose period has run out. Optional bookkeeping: every query already
 * treats endsAt <= now as ended, so the portal is correct without a scheduler; payment batches
 * call this before gathering items.
 */
export async function endExpiredNotices(prisma: Pick<PrismaClient, "noticeItem">, now: Date = new Date()): Promise<number> {
  const result = await prisma.noticeItem.updateMany({ where: { status: "IN_NOTICE", endsAt: { lte: now } }, data: { status: "ENDED" } });
  return result.count;
}
