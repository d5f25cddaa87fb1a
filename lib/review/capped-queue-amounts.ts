import type { Prisma } from "@/lib/generated/prisma/client";
import { allows, type ClaimKindName, type ClaimStatus } from "@/lib/claim-lifecycle";
import { EligibilityInputError, evaluateOffshoreIncentive, NoPolicyInForceError, sumExecutedUsdCents, type EligibilityPolicy } from "@/lib/eligibility";
import { policyById, policyForClaimYear } from "@/lib/policy/load-policy-versions";

/** Why the queue shows less than the claim declared: the enterprise's yearly cap, after its earlier grants. */
export interface QueueCapReason {
  code: "ANNUAL_CAP";
  /** What the claim is worth before the cap (its declared entitlement recomputed). */
  entitlementFen: number;
  capFen: number;
  /** Rule-A money already granted to the enterprise for the year, by other claims. */
  grantedFen: number;
}

export interface CappedAmount {
  amountFen: number;
  capReason: QueueCapReason | null;
}

interface PageRow {
  kind: ClaimKindName;
  id: string;
  status: ClaimStatus;
  claimYear: number;
}

/** A claim still waiting for an approval: the decision would evaluate its amount now. */
function awaitsApproval(row: PageRow): boolean {
  return allows(row.kind, row.status, "approve") || allows(row.kind, row.status, "secondApprove");
}

/**
 * What an approval would grant for each offshore claim of a queue page that still waits for one,
 * evaluated as the decision does (lib/review/claim-kinds/offshore-claim-kind.ts: the claim's
 * policy version, the year's grants to the enterprise by other claims, rule A's cap), in one
 * batched pass of three queries for the whole page, never one per row. Claims not listed keep the
 * amount the queue read (granted, or a training claim's per-line totals).
 */
export async function cappedQueueAmounts(db: Prisma.TransactionClient, rows: readonly PageRow[]): Promise<Map<string, CappedAmount>> {
  const ids = rows.filter((r) => r.kind === "OFFSHORE" && awaitsApproval(r)).map((r) => r.id);
  const result = new Map<string, CappedAmount>();
  if (ids.length === 0) return result;
  const claims = await db.offshoreClaim.findMany({ where: { id: { in: ids } }, select: { id: true, cityId: true, organisationId: true, claimYear: true, policyVersionId: true } });
  const [lines, ledger] = await Promise.all([
    db.offshoreContractLine.findMany({ where: { claimId: { in: ids } }, select: { claimId: true, executedUsdCents: true } }),
    db.ledgerEntry.groupBy({
      by: ["organisationId", "claimYear", "offshoreClaimId"],
      where: { rule: "A_OFFSHORE", OR: claims.map((c) => ({ organisationId: c.organisationId, claimYear: c.claimYear })) },
      _sum: { amountFen: true },
    }),
  ]);
  for (const claim of claims) {
    const policy = await policyFor(db, claim);
    if (!policy) continue;
    // As offshoreGrantedFenForYear: every rule-A entry of the enterprise-year but the claim's own (entries without a claim count).
    const grantedFen = ledger
      .filter((e) => e.organisationId === claim.organisationId && e.claimYear === claim.claimYear && e.offshoreClaimId !== claim.id)
      .reduce((sum, e) => sum + (e._sum.amountFen ?? 0), 0);
    const evaluation = evaluateOffshoreIncentive(
      { claimYear: claim.claimYear, offshoreUsdCents: sumExecutedUsdCents(lines.filter((l) => l.claimId === claim.id)), grantedFenThisYear: grantedFen },
      policy,
    );
    const capped = evaluation.amountFen < evaluation.entitlementFen;
    result.set(claim.id, {
      amountFen: evaluation.amountFen,
      capReason: capped ? { code: "ANNUAL_CAP", entitlementFen: evaluation.entitlementFen, capFen: policy.offshoreAnnualCapFen, grantedFen } : null,
    });
  }
  return result;
}

/** The claim's own policy version, else its city's in force for its year (policy versions are cached: no query per row); none: leave the row as read. */
async function policyFor(db: Prisma.TransactionClient, claim: { cityId: string; claimYear: number; policyVersionId: string | null }): Promise<EligibilityPolicy | null> {
  try {
    return (claim.policyVersionId ? await policyById(db, claim.policyVersionId) : null) ?? (await policyForClaimYear(db, claim.cityId, claim.claimYear));
  } catch (error) {
    // A year no policy version covers: the decision would refuse it; the queue shows what it read.
    if (error instanceof EligibilityInputError || error instanceof NoPolicyInForceError) return null;
    throw error;
  }
}
