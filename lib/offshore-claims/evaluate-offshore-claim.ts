import type { Db } from "@/lib/db";
import { evaluateOffshoreIncentive, sumExecutedUsdCents, type EligibilityPolicy } from "@/lib/eligibility";
import { policyById, policyForClaimYear } from "@/lib/policy/load-policy-versions";
import { offshoreGrantedFenForYear } from "@/lib/grants/ledger/offshore-granted-fen";


interface ClaimForEvaluation {
  id: string;
  /** The claim's city: whose policy is in force for its year. */
  cityId: string;
  organisationId: string;
  claimYear: number;
  policyVersionId: string | null;
  lines: Array<{ executedUsdCents: bigint | number }>;
}

/**
 * Rule A for a stored claim, through the shared eligibility module: the total from its lines,
 * what the enterprise was already granted that year, and the claim's own policy version once it
 * has one (a decided claim is never re-read under a newer version).
 */
export async function evaluateOffshoreClaim(db: Db, claim: ClaimForEvaluation) {
  const policy: EligibilityPolicy =
    (claim.policyVersionId ? await policyById(db, claim.policyVersionId) : null) ??
    (await policyForClaimYear(db, claim.cityId, claim.claimYear));
  const grantedFenThisYear = await offshoreGrantedFenForYear(db, claim.organisationId, claim.claimYear, claim.id);
  const offshoreUsdCents = sumExecutedUsdCents(claim.lines);
  const result = evaluateOffshoreIncentive({ claimYear: claim.claimYear, offshoreUsdCents, grantedFenThisYear }, policy);
  return { result, offshoreUsdCents, policy, grantedFenThisYear };
}
