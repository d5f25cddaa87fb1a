import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { evaluateOffshoreIncentive, sumExecutedUsdCents } from "@/lib/eligibility";
import { policyById, policyForClaimYear } from "@/lib/policy/load-policy-versions";

type Db = PrismaClient | Prisma.TransactionClient;

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

/** Rule A for a stored claim under its own policy version, with the year's earlier grants from the ledger. */
export async function evaluateOffshoreClaimForDecision(db: Db, claimId: string) {
  const claim = await db.offshoreClaim.findUniqueOrThrow({
    where: { id: claimId },
    include: { lines: { select: { executedUsdCents: true } } },
  });
  const policy = (claim.policyVersionId ? await policyById(db, claim.policyVersionId) : null) ?? (await policyForClaimYear(db, claim.claimYear));
  const grantedFenThisYear = await offshoreGrantedFenForYear(db, claim.organisationId, claim.claimYear, claim.id);
  const result = evaluateOffshoreIncentive({ claimYear: claim.claimYear, offshoreUsdCents: sumExecutedUsdCents(claim.lines), grantedFenThisYear }, policy);
  return { claim, policy, grantedFenThisYear, result };
}
