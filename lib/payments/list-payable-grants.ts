import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Grants that may go into a payment batch: positive, not reversed, their notice period over
 * (ENDED, or IN_NOTICE with endsAt passed: correct without a scheduler), and not already in a
 * batch as a pending or paid item. A FAILED item does not count: the grant is back in the pool.
 */
export function payableGrantWhere(now: Date): Prisma.LedgerEntryWhereInput {
  return {
    grantKey: { not: null },
    amountFen: { gt: 0 },
    reversedBy: { is: null },
    noticeItem: { is: { OR: [{ status: "ENDED" }, { status: "IN_NOTICE", endsAt: { lte: now } }] } },
    paymentItems: { none: { status: { in: ["PENDING", "PAID"] } } },
  };
}

export async function listPayableGrants(db: Prisma.TransactionClient | { ledgerEntry: Prisma.TransactionClient["ledgerEntry"] }, now: Date = new Date()) {
  return db.ledgerEntry.findMany({
    where: payableGrantWhere(now),
    orderBy: { createdAt: "asc" },
    take: 5000,
    include: {
      organisation: { select: { nameZh: true } },
      noticeItem: { select: { publicName: true } },
      offshoreClaim: { select: { claimNo: true } },
      trainingClaim: { select: { claimNo: true } },
    },
  });
}
