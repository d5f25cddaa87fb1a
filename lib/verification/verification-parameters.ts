import type { Db } from "@/lib/db";
import { DEFAULT_VERIFICATION_PARAMETERS, NoPolicyInForceError, policyInForceForClaimYear, type EligibilityPolicy } from "@/lib/eligibility";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { riskThresholdsOf, type RiskThresholds } from "./risk-signals";

// Issue 18: the risk signals' thresholds and the reconciliation's tolerance are policy parameters,
// read from the policy version of the claim's city in force for its claim year (as rule A's
// amount). A year no version covers (a claim older than the city's first version) is measured
// against the bureau's starting values: signals and reconciliation only inform a reviewer, so
// they should not fail for want of a version.

export interface VerificationParameters {
  riskThresholds: RiskThresholds;
  toleranceBasisPoints: number;
}

export const DEFAULT_VERIFICATION: VerificationParameters = Object.freeze({
  riskThresholds: riskThresholdsOf(DEFAULT_VERIFICATION_PARAMETERS),
  toleranceBasisPoints: DEFAULT_VERIFICATION_PARAMETERS.reconciliationToleranceBasisPoints,
});

/** The parameters of one policy version. */
export function verificationParametersOf(policy: EligibilityPolicy): VerificationParameters {
  return { riskThresholds: riskThresholdsOf(policy), toleranceBasisPoints: policy.reconciliationToleranceBasisPoints };
}

/** Over a city's published versions already loaded (a batch of claims of several years). */
export function verificationParametersForYear(versions: readonly EligibilityPolicy[], claimYear: number): VerificationParameters {
  try {
    return verificationParametersOf(policyInForceForClaimYear(claimYear, versions));
  } catch (error) {
    if (error instanceof NoPolicyInForceError) return DEFAULT_VERIFICATION;
    throw error;
  }
}

/** The city's version in force for the claim year (cached versions: no query once loaded). */
export async function verificationParametersFor(db: Db, cityId: string, claimYear: number): Promise<VerificationParameters> {
  return verificationParametersForYear(await loadPolicyVersions(db, cityId), claimYear);
}
