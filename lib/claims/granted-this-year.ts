import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** Rule-A money already granted to the enterprise for the year: grants minus reversals, from the ledger. */
export async function offshoreGrantedFenThisYear(
  db: PrismaClient | Prisma.TransactionClient,
  organisationId: string,
  claimYear: number,
  excludeClaimId?: string,
): Promise<number> {
  const result = await db.ledgerEntry.aggregate({
    where: {
      organisationId,
      claimYear,
      rule: "A_OFFSHORE",
      ...(excludeClaimId ? { NOT: { offshoreClaimId: excludeClaimId } } : {}),
    },
    _sum: { amountFen: true },
  });
  return result._sum.amountFen ?? 0;
}
