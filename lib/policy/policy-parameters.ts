import type { EligibilityPolicy } from "@/lib/eligibility";

// The parameters a policy version sets, in the order the bureau reads them (rule A, rule B, review,
// then issue 18's verification: the risk signals' thresholds and the reconciliation's tolerance),
// with the unit each is shown and typed in. The version pages, the draft form, the publish diff and
// the audit entry all walk this one list, so a parameter cannot be shown but not diffed.

export type PolicyParameterUnit = "usdCents" | "fenPerUsd" | "fen" | "months" | "workingDays" | "count" | "basisPoints" | "minutes";

export type PolicyParameterGroup = "ruleA" | "ruleB" | "review" | "verification";

export type PolicyParameterKey =
  | "offshoreThresholdUsdCents"
  | "offshoreFenPerUsd"
  | "offshoreAnnualCapFen"
  | "traineeFenNanchang"
  | "institutionFenNanchang"
  | "traineeFenElsewhere"
  | "institutionFenElsewhere"
  | "trainingMinMonths"
  | "contractMinMonths"
  | "fourEyesThresholdFen"
  | "noticePeriodWorkingDays"
  | "riskSharedClientClaimants"
  | "riskRoundAmountMinLines"
  | "riskRoundAmountShareBasisPoints"
  | "riskRoundUnitUsdCents"
  | "riskJustUnderFourEyesBasisPoints"
  | "riskConfirmationBurstCount"
  | "riskConfirmationBurstMinutes"
  | "reconciliationToleranceBasisPoints";

export const POLICY_PARAMETERS: readonly { key: PolicyParameterKey; unit: PolicyParameterUnit; group: PolicyParameterGroup }[] = [
  { key: "offshoreThresholdUsdCents", unit: "usdCents", group: "ruleA" },
  { key: "offshoreFenPerUsd", unit: "fenPerUsd", group: "ruleA" },
  { key: "offshoreAnnualCapFen", unit: "fen", group: "ruleA" },
  { key: "traineeFenNanchang", unit: "fen", group: "ruleB" },
  { key: "institutionFenNanchang", unit: "fen", group: "ruleB" },
  { key: "traineeFenElsewhere", unit: "fen", group: "ruleB" },
  { key: "institutionFenElsewhere", unit: "fen", group: "ruleB" },
  { key: "trainingMinMonths", unit: "months", group: "ruleB" },
  { key: "contractMinMonths", unit: "months", group: "ruleB" },
  { key: "fourEyesThresholdFen", unit: "fen", group: "review" },
  { key: "noticePeriodWorkingDays", unit: "workingDays", group: "review" },
  { key: "reconciliationToleranceBasisPoints", unit: "basisPoints", group: "verification" },
  { key: "riskSharedClientClaimants", unit: "count", group: "verification" },
  { key: "riskRoundAmountMinLines", unit: "count", group: "verification" },
  { key: "riskRoundAmountShareBasisPoints", unit: "basisPoints", group: "verification" },
  { key: "riskRoundUnitUsdCents", unit: "usdCents", group: "verification" },
  { key: "riskJustUnderFourEyesBasisPoints", unit: "basisPoints", group: "verification" },
  { key: "riskConfirmationBurstCount", unit: "count", group: "verification" },
  { key: "riskConfirmationBurstMinutes", unit: "minutes", group: "verification" },
];

export type PolicyParameters = Pick<EligibilityPolicy, PolicyParameterKey>;

// A type, not an interface: it goes into audit details, which Prisma types as JSON (index signature).
export type PolicyParameterChange = {
  key: PolicyParameterKey;
  before: number;
  after: number;
};

/** The parameters that differ between two versions, in the list's order (the publish page and its audit entry). */
export function diffPolicyParameters(before: PolicyParameters, after: PolicyParameters): PolicyParameterChange[] {
  const changes: PolicyParameterChange[] = [];
  for (const { key } of POLICY_PARAMETERS) {
    if (before[key] !== after[key]) changes.push({ key, before: before[key], after: after[key] });
  }
  return changes;
}

/** A version's parameters and nothing else (for copying a version into a draft, and for the audit). */
export function parametersOf(policy: PolicyParameters): PolicyParameters {
  return Object.fromEntries(POLICY_PARAMETERS.map(({ key }) => [key, policy[key]])) as unknown as PolicyParameters;
}
