import type { EligibilityPolicy } from "@/lib/eligibility";
import type { PolicyVersionsResponse } from "./schemas";

/**
 * A version as the public API shows it: its range and the parameters that decide an amount. The
 * risk signals' thresholds and the reconciliation's tolerance (issue 18) stay inside the bureau:
 * published, they would tell an applicant how far under a signal to keep.
 */
export function publicPolicyVersion(policy: EligibilityPolicy): PolicyVersionsResponse["items"][number] {
  /* eslint-disable @typescript-eslint/no-unused-vars */
  const {
    riskSharedClientClaimants,
    riskRoundAmountMinLines,
    riskRoundAmountShareBasisPoints,
    riskRoundUnitUsdCents,
    riskJustUnderFourEyesBasisPoints,
    riskConfirmationBurstCount,
    riskConfirmationBurstMinutes,
    reconciliationToleranceBasisPoints,
    ...shown
  } = policy;
  /* eslint-enable @typescript-eslint/no-unused-vars */
  return shown;
}
