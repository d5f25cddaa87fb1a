import type { Db } from "@/lib/db";


/**
 * Rule-A money granted to an enterprise for a year, net of reversals, from the ledger, leaving
 * out one claim's own entries. Written so that entries without a claim (grants recorded from
 * before the portal) count: `NOT (claimId = x)` would silently drop rows whose claim is NULL.
 */
export async function offshoreGrantedFenForYear(db: Db, organisationId: string, claimYear: number, excludeClaimId?: string): Promise<number> {
  const result = await db.ledgerEntry.aggregate({
    where: {
      organisationId,
      claimYear,
      rule: "A_OFFSHORE",
      ...(excludeClaimId ? { OR: [{ offshoreClaimId: null }, { offshoreClaimId: { not: excludeClaimId } }] } : {}),
    },
    _sum: { amountFen: true },
  });
  return result._sum.amountFen ?? 0;
}
