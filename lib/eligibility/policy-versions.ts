// Policy parameters are data with an effective date range, so the bureau can change a rate
// without a release and a past decision can be re-read under the version it was made with.

import { isoDateFromDbDate, dbDateFromIsoDate, isValidIsoDate, formatIsoDate } from "./calendar";
import { EligibilityInputError, NoPolicyInForceError } from "./errors";
import { requireNonNegativeSafeInteger, requireObject, requireString } from "./input-checks";
import { minorUnitsToNumber } from "./money";
import type { EligibilityPolicy, IsoDate } from "./types";

/** The PolicyVersion table's row as Prisma returns it (extra columns are ignored). */
export interface PolicyVersionRow {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly effectiveFrom: Date;
  readonly effectiveTo: Date | null;
  readonly offshoreThresholdUsdCents: bigint | number;
  readonly offshoreFenPerUsd: number;
  readonly offshoreAnnualCapFen: number;
  readonly trainingMinMonths: number;
  readonly contractMinMonths: number;
  readonly traineeFenNanchang: number;
  readonly institutionFenNanchang: number;
  readonly traineeFenElsewhere: number;
  readonly institutionFenElsewhere: number;
  readonly fourEyesThresholdFen: number;
  readonly noticePeriodWorkingDays: number;
  // Issue 18's parameters: a row read before they existed (or written without them) takes the defaults.
  readonly riskSharedClientClaimants?: number;
  readonly riskRoundAmountMinLines?: number;
  readonly riskRoundAmountShareBasisPoints?: number;
  readonly riskRoundUnitUsdCents?: number;
  readonly riskJustUnderFourEyesBasisPoints?: number;
  readonly riskConfirmationBurstCount?: number;
  readonly riskConfirmationBurstMinutes?: number;
  readonly reconciliationToleranceBasisPoints?: number;
}

/** What the seed writes: a row with bigint and Date where the columns need them. */
export interface PolicyVersionRowData extends Omit<PolicyVersionRow, "offshoreThresholdUsdCents"> {
  readonly offshoreThresholdUsdCents: bigint;
}

const INTEGER_FIELDS = [
  "offshoreThresholdUsdCents",
  "offshoreFenPerUsd",
  "offshoreAnnualCapFen",
  "trainingMinMonths",
  "contractMinMonths",
  "traineeFenNanchang",
  "institutionFenNanchang",
  "traineeFenElsewhere",
  "institutionFenElsewhere",
  "fourEyesThresholdFen",
  "noticePeriodWorkingDays",
  "riskSharedClientClaimants",
  "riskRoundAmountMinLines",
  "riskRoundAmountShareBasisPoints",
  "riskRoundUnitUsdCents",
  "riskJustUnderFourEyesBasisPoints",
  "riskConfirmationBurstCount",
  "riskConfirmationBurstMinutes",
  "reconciliationToleranceBasisPoints",
] as const;

/**
 * Issue 18: the risk signals' thresholds and the reconciliation's tolerance, at the bureau's
 * starting values (the values lib/verification used before they were policy parameters). The
 * migration that added the columns gives stored versions these values, and a row without them
 * reads as them.
 */
export const DEFAULT_VERIFICATION_PARAMETERS = Object.freeze({
  riskSharedClientClaimants: 3,
  riskRoundAmountMinLines: 3,
  riskRoundAmountShareBasisPoints: 8_000, // 80 %
  riskRoundUnitUsdCents: 10_000_00, // whole multiples of US$10,000
  riskJustUnderFourEyesBasisPoints: 500, // within 5 % under the four-eyes threshold
  riskConfirmationBurstCount: 10,
  riskConfirmationBurstMinutes: 5,
  reconciliationToleranceBasisPoints: 100, // 1 % of the declared amount
});

// Frozen policies that passed `validatePolicy`: evaluating a million claims should not
// re-check the same parameters a million times. Only frozen objects are remembered, because
// a mutable one could change after the check.
const validated = new WeakSet<object>();

/**
 * Checks a policy that came from outside (a DB row, JSON, a form in the admin area):
 * integers >= 0 for every parameter, real dates, from <= to. Returns it unchanged.
 */
export function validatePolicy(policy: unknown): EligibilityPolicy {
  if (typeof policy === "object" && policy !== null && validated.has(policy)) {
    return policy as EligibilityPolicy;
  }
  const p = requireObject(policy, "policy");
  requireString(p.id, "policy.id");
  if (p.id === "") throw new EligibilityInputError("policy.id", "MISSING", "is empty");
  requireString(p.nameZh, "policy.nameZh");
  requireString(p.nameEn, "policy.nameEn");
  for (const field of INTEGER_FIELDS) {
    requireNonNegativeSafeInteger(p[field], `policy.${field}`);
  }
  if (!isValidIsoDate(p.effectiveFrom)) {
    throw new EligibilityInputError("policy.effectiveFrom", "INVALID_DATE", "must be YYYY-MM-DD");
  }
  if (p.effectiveTo !== null && !isValidIsoDate(p.effectiveTo)) {
    throw new EligibilityInputError("policy.effectiveTo", "INVALID_DATE", "must be YYYY-MM-DD or null");
  }
  if (p.effectiveTo !== null && p.effectiveTo < p.effectiveFrom) {
    throw new EligibilityInputError("policy.effectiveTo", "OUT_OF_RANGE", "is before effectiveFrom");
  }
  if (Object.isFrozen(policy)) validated.add(policy as object);
  return policy as EligibilityPolicy;
}

function freezePolicy(policy: EligibilityPolicy): EligibilityPolicy {
  return validatePolicy(Object.freeze({ ...policy }));
}

/** Adapter from a PolicyVersion row (bigint threshold, `@db.Date` Dates) to the module's type. */
export function policyVersionFromRow(row: PolicyVersionRow): EligibilityPolicy {
  const r = requireObject(row, "policy") as unknown as PolicyVersionRow;
  return freezePolicy({
    id: r.id,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    effectiveFrom: isoDateFromDbDate(r.effectiveFrom, "policy.effectiveFrom"),
    effectiveTo: r.effectiveTo === null ? null : isoDateFromDbDate(r.effectiveTo, "policy.effectiveTo"),
    offshoreThresholdUsdCents: minorUnitsToNumber(r.offshoreThresholdUsdCents, "policy.offshoreThresholdUsdCents"),
    offshoreFenPerUsd: r.offshoreFenPerUsd,
    offshoreAnnualCapFen: r.offshoreAnnualCapFen,
    trainingMinMonths: r.trainingMinMonths,
    contractMinMonths: r.contractMinMonths,
    traineeFenNanchang: r.traineeFenNanchang,
    institutionFenNanchang: r.institutionFenNanchang,
    traineeFenElsewhere: r.traineeFenElsewhere,
    institutionFenElsewhere: r.institutionFenElsewhere,
    fourEyesThresholdFen: r.fourEyesThresholdFen,
    noticePeriodWorkingDays: r.noticePeriodWorkingDays,
    riskSharedClientClaimants: r.riskSharedClientClaimants ?? DEFAULT_VERIFICATION_PARAMETERS.riskSharedClientClaimants,
    riskRoundAmountMinLines: r.riskRoundAmountMinLines ?? DEFAULT_VERIFICATION_PARAMETERS.riskRoundAmountMinLines,
    riskRoundAmountShareBasisPoints: r.riskRoundAmountShareBasisPoints ?? DEFAULT_VERIFICATION_PARAMETERS.riskRoundAmountShareBasisPoints,
    riskRoundUnitUsdCents: r.riskRoundUnitUsdCents ?? DEFAULT_VERIFICATION_PARAMETERS.riskRoundUnitUsdCents,
    riskJustUnderFourEyesBasisPoints: r.riskJustUnderFourEyesBasisPoints ?? DEFAULT_VERIFICATION_PARAMETERS.riskJustUnderFourEyesBasisPoints,
    riskConfirmationBurstCount: r.riskConfirmationBurstCount ?? DEFAULT_VERIFICATION_PARAMETERS.riskConfirmationBurstCount,
    riskConfirmationBurstMinutes: r.riskConfirmationBurstMinutes ?? DEFAULT_VERIFICATION_PARAMETERS.riskConfirmationBurstMinutes,
    reconciliationToleranceBasisPoints: r.reconciliationToleranceBasisPoints ?? DEFAULT_VERIFICATION_PARAMETERS.reconciliationToleranceBasisPoints,
  });
}

/** The inverse adapter, for the seed: `prisma.policyVersion.create({ data: policyVersionToRow(v) })`. */
export function policyVersionToRow(policy: EligibilityPolicy): PolicyVersionRowData {
  const p = validatePolicy(policy);
  return {
    ...p,
    effectiveFrom: dbDateFromIsoDate(p.effectiveFrom, "policy.effectiveFrom"),
    effectiveTo: p.effectiveTo === null ? null : dbDateFromIsoDate(p.effectiveTo, "policy.effectiveTo"),
    offshoreThresholdUsdCents: BigInt(p.offshoreThresholdUsdCents),
  };
}

// Both versions carry the same numbers: the 2015 Implementation Opinions kept policy 2.0's
// rates. They are separate rows so a future change lands in a new version, not a rewrite.
const RULE_PARAMETERS = {
  offshoreThresholdUsdCents: 200_000_00, // 200,000.00 USD, strictly greater qualifies
  offshoreFenPerUsd: 20, // 0.2 RMB per USD
  offshoreAnnualCapFen: 500_000_00, // 500,000 RMB per enterprise per calendar year
  trainingMinMonths: 3, // training end strictly after start + 3 calendar months
  contractMinMonths: 12, // contract end strictly after start + 12 calendar months
  traineeFenNanchang: 2_000_00,
  institutionFenNanchang: 1_500_00,
  traineeFenElsewhere: 1_000_00,
  institutionFenElsewhere: 500_00,
  fourEyesThresholdFen: 100_000_00,
  noticePeriodWorkingDays: 5,
  ...DEFAULT_VERIFICATION_PARAMETERS,
} as const;

export const BUILT_IN_POLICY_VERSIONS: readonly EligibilityPolicy[] = Object.freeze([
  freezePolicy({
    id: "nanchang-2013-policy-2.0",
    nameZh: "南昌市进一步促进服务外包产业发展的政策（政策2.0）",
    nameEn: "Policy of Further Promoting the Development of Service Outsourcing Industry (policy 2.0)",
    effectiveFrom: "2013-01-01",
    effectiveTo: "2014-12-31",
    ...RULE_PARAMETERS,
  }),
  freezePolicy({
    id: "nanchang-2015-implementation-opinions",
    nameZh: "南昌市关于进一步加快服务外包产业发展的实施意见",
    nameEn: "Implementation Opinions on Further Rapidly Developing Service Outsourcing Industry",
    effectiveFrom: "2015-01-01",
    effectiveTo: null,
    ...RULE_PARAMETERS,
  }),
]);

function isInForce(policy: EligibilityPolicy, date: IsoDate): boolean {
  return policy.effectiveFrom <= date && (policy.effectiveTo === null || date <= policy.effectiveTo);
}

/**
 * The version in force on a calendar date (rule B: the contract signing date). If versions
 * overlap, the one that took effect last wins. None in force: NoPolicyInForceError.
 */
export function policyInForceOn(
  date: IsoDate,
  versions: readonly EligibilityPolicy[] = BUILT_IN_POLICY_VERSIONS,
  field = "date",
): EligibilityPolicy {
  if (!isValidIsoDate(date)) {
    throw new EligibilityInputError(field, "INVALID_DATE", `must be a real calendar date YYYY-MM-DD`);
  }
  let found: EligibilityPolicy | null = null;
  for (const version of versions) {
    if (isInForce(version, date) && (found === null || version.effectiveFrom > found.effectiveFrom)) {
      found = version;
    }
  }
  if (found === null) throw new NoPolicyInForceError(field, date);
  return found;
}

/**
 * Rule A: the version in force on 1 January of the claim year, so one year's business is
 * judged under one set of numbers even if a version changes mid-year.
 */
export function policyInForceForClaimYear(
  claimYear: number,
  versions: readonly EligibilityPolicy[] = BUILT_IN_POLICY_VERSIONS,
): EligibilityPolicy {
  const year = requireNonNegativeSafeInteger(claimYear, "claimYear");
  if (year < 1 || year > 9999) {
    throw new EligibilityInputError("claimYear", "OUT_OF_RANGE", "must be a year between 1 and 9999");
  }
  return policyInForceOn(formatIsoDate({ year, month: 1, day: 1 }), versions, "claimYear");
}

/**
 * Whether an approval of this amount needs a second reviewer. Decision: at or above the
 * threshold ("100,000 RMB and more"), so an amount of exactly 100,000.00 RMB needs two.
 */
export function requiresSecondReviewer(amountFen: number, policy: EligibilityPolicy): boolean {
  const amount = requireNonNegativeSafeInteger(amountFen, "amountFen");
  return amount >= validatePolicy(policy).fourEyesThresholdFen;
}
