import { z } from "./z";
import { requiredText, recordVersionField } from "./fields";
import { isoDateField } from "./money";
import { messageWithValues } from "./message-values";
import { formatMinorUnits, parseMoneyToMinor } from "@/lib/eligibility";

// A draft policy version as the administrator types it: money in yuan (USD for the threshold) with
// at most two decimals, the rule-A rate in yuan per USD ("0.20"), durations in whole months or
// working days, shares in per cent (stored in basis points). Stored in minor units (lib/policy/policy-parameters.ts). Every refusal is next to
// its field; the effective date's rules that need the database (tomorrow at the soonest, after
// decided claims) are checked again by the save and the publish (lib/policy/effective-date-rule.ts).

// The columns are 32-bit integers: an amount that does not fit is refused here, not by the database.
const MAX_MINOR = 2_147_483_647;

function amount(options: { positive: boolean }) {
  return z.pipe(
    z.string(),
    z.transform((value: string, ctx) => {
      let minor: number;
      try {
        minor = parseMoneyToMinor(value);
      } catch {
        ctx.issues.push({ code: "custom", input: value, message: value.trim() === "" ? "required" : value.trim().startsWith("-") ? "policyNegative" : "money" });
        return z.NEVER;
      }
      if (minor > MAX_MINOR) ctx.issues.push({ code: "custom", input: value, message: messageWithValues("policyAmountTooLarge", { max: formatMinorUnits(MAX_MINOR) }) });
      else if (options.positive && minor === 0) ctx.issues.push({ code: "custom", input: value, message: "policyPositive" });
      return minor;
    }),
  );
}

function wholeNumber(max: number, min = 1) {
  return z.coerce
    .number("policyWholeNumber")
    .check(z.int("policyWholeNumber"), z.gte(min, min === 1 ? "policyPositive" : messageWithValues("policyAtLeast", { min })), z.lte(max, messageWithValues("policyAtMost", { max })));
}

/** A share typed in per cent with at most two decimals ("80", "1.5"), stored in basis points (1 % = 100). */
function percent(options: { positive: boolean }) {
  return z.pipe(
    amount(options),
    z.transform((basisPoints: number, ctx) => {
      if (basisPoints > 100_00) ctx.issues.push({ code: "custom", input: basisPoints, message: "policyPercentAtMost100" });
      return basisPoints;
    }),
  );
}

export const policyDraftSchema = z
  .object({
    versionId: requiredText(100),
    revision: recordVersionField,
    nameZh: requiredText(200),
    nameEn: requiredText(200),
    effectiveFrom: isoDateField,
    offshoreThresholdUsd: amount({ positive: true }),
    offshoreRateYuanPerUsd: amount({ positive: true }),
    offshoreAnnualCapYuan: amount({ positive: true }),
    traineeYuanInCity: amount({ positive: false }),
    institutionYuanInCity: amount({ positive: false }),
    traineeYuanElsewhere: amount({ positive: false }),
    institutionYuanElsewhere: amount({ positive: false }),
    trainingMinMonths: wholeNumber(60),
    contractMinMonths: wholeNumber(120),
    fourEyesThresholdYuan: amount({ positive: true }),
    noticePeriodWorkingDays: wholeNumber(60),
    // Issue 18: the reconciliation's tolerance and the risk signals' thresholds. Signals inform a
    // reviewer and never decide, so these change no amount.
    reconciliationTolerancePercent: percent({ positive: false }),
    riskSharedClientClaimants: wholeNumber(1000, 2),
    riskRoundAmountMinLines: wholeNumber(1000),
    riskRoundAmountSharePercent: percent({ positive: true }),
    riskRoundUnitUsd: amount({ positive: true }),
    riskJustUnderFourEyesPercent: percent({ positive: false }),
    riskConfirmationBurstCount: wholeNumber(1000, 2),
    riskConfirmationBurstMinutes: wholeNumber(1440),
  })
  .check(
    z.superRefine((input, ctx) => {
      // The cap is what one enterprise may get in a year; under what the smallest qualifying revenue
      // already earns, every eligible claim would be cut to it: a slip, not a policy.
      const atThresholdFen = Math.floor((input.offshoreThresholdUsd * input.offshoreRateYuanPerUsd) / 100);
      if (input.offshoreAnnualCapYuan < atThresholdFen) {
        ctx.issues.push({ code: "custom", input, path: ["offshoreAnnualCapYuan"], message: messageWithValues("policyCapUnderThreshold", { amount: formatMinorUnits(atThresholdFen) }) });
      }
    }),
  );

export type PolicyDraftInput = z.input<typeof policyDraftSchema>;
export type PolicyDraftValues = z.output<typeof policyDraftSchema>;

/** The stored parameters of a parsed draft (minor units; the rate is fen per USD). */
export function policyParametersFromDraft(values: PolicyDraftValues) {
  return {
    offshoreThresholdUsdCents: values.offshoreThresholdUsd,
    offshoreFenPerUsd: values.offshoreRateYuanPerUsd,
    offshoreAnnualCapFen: values.offshoreAnnualCapYuan,
    traineeFenNanchang: values.traineeYuanInCity,
    institutionFenNanchang: values.institutionYuanInCity,
    traineeFenElsewhere: values.traineeYuanElsewhere,
    institutionFenElsewhere: values.institutionYuanElsewhere,
    trainingMinMonths: values.trainingMinMonths,
    contractMinMonths: values.contractMinMonths,
    fourEyesThresholdFen: values.fourEyesThresholdYuan,
    noticePeriodWorkingDays: values.noticePeriodWorkingDays,
    reconciliationToleranceBasisPoints: values.reconciliationTolerancePercent,
    riskSharedClientClaimants: values.riskSharedClientClaimants,
    riskRoundAmountMinLines: values.riskRoundAmountMinLines,
    riskRoundAmountShareBasisPoints: values.riskRoundAmountSharePercent,
    riskRoundUnitUsdCents: values.riskRoundUnitUsd,
    riskJustUnderFourEyesBasisPoints: values.riskJustUnderFourEyesPercent,
    riskConfirmationBurstCount: values.riskConfirmationBurstCount,
    riskConfirmationBurstMinutes: values.riskConfirmationBurstMinutes,
  };
}

/** The form's starting values from a stored version: the inverse of policyParametersFromDraft. */
export function draftFormValuesOf(version: {
  id: string;
  revision: number;
  nameZh: string;
  nameEn: string;
  effectiveFrom: string;
  offshoreThresholdUsdCents: number;
  offshoreFenPerUsd: number;
  offshoreAnnualCapFen: number;
  traineeFenNanchang: number;
  institutionFenNanchang: number;
  traineeFenElsewhere: number;
  institutionFenElsewhere: number;
  trainingMinMonths: number;
  contractMinMonths: number;
  fourEyesThresholdFen: number;
  noticePeriodWorkingDays: number;
  reconciliationToleranceBasisPoints: number;
  riskSharedClientClaimants: number;
  riskRoundAmountMinLines: number;
  riskRoundAmountShareBasisPoints: number;
  riskRoundUnitUsdCents: number;
  riskJustUnderFourEyesBasisPoints: number;
  riskConfirmationBurstCount: number;
  riskConfirmationBurstMinutes: number;
}): PolicyDraftInput {
  // Plain digits ("500000.00"), no grouping, so the typed text and the stored value read the same.
  const yuan = (minor: number) => formatMinorUnits(minor).replace(/,/g, "");
  return {
    versionId: version.id,
    revision: version.revision,
    nameZh: version.nameZh,
    nameEn: version.nameEn,
    effectiveFrom: version.effectiveFrom,
    offshoreThresholdUsd: yuan(version.offshoreThresholdUsdCents),
    offshoreRateYuanPerUsd: yuan(version.offshoreFenPerUsd),
    offshoreAnnualCapYuan: yuan(version.offshoreAnnualCapFen),
    traineeYuanInCity: yuan(version.traineeFenNanchang),
    institutionYuanInCity: yuan(version.institutionFenNanchang),
    traineeYuanElsewhere: yuan(version.traineeFenElsewhere),
    institutionYuanElsewhere: yuan(version.institutionFenElsewhere),
    trainingMinMonths: version.trainingMinMonths,
    contractMinMonths: version.contractMinMonths,
    fourEyesThresholdYuan: yuan(version.fourEyesThresholdFen),
    noticePeriodWorkingDays: version.noticePeriodWorkingDays,
    // Per cent from basis points: the same two-decimal text as money ("80.00", "1.00").
    reconciliationTolerancePercent: yuan(version.reconciliationToleranceBasisPoints),
    riskSharedClientClaimants: version.riskSharedClientClaimants,
    riskRoundAmountMinLines: version.riskRoundAmountMinLines,
    riskRoundAmountSharePercent: yuan(version.riskRoundAmountShareBasisPoints),
    riskRoundUnitUsd: yuan(version.riskRoundUnitUsdCents),
    riskJustUnderFourEyesPercent: yuan(version.riskJustUnderFourEyesBasisPoints),
    riskConfirmationBurstCount: version.riskConfirmationBurstCount,
    riskConfirmationBurstMinutes: version.riskConfirmationBurstMinutes,
  };
}

/** A version named by an admin's button (start a draft from it, publish it, discard it). */
export const policyVersionRefSchema = z.object({ versionId: requiredText(100) });

/** A publish names the revision its publisher reviewed (lib/policy/publish-policy-version.ts). */
export const policyPublishSchema = z.object({ versionId: requiredText(100), revision: recordVersionField });

/** Years a what-if may also rerun whole (decided claims included): the first claim year the portal pays, to last year. */
export const WHAT_IF_FIRST_CLAIM_YEAR = 2013;

/** A what-if on a draft: the open claims, and the claims of one past claim year when one is chosen ("" for none). */
export const policyWhatIfSchema = z.object({
  versionId: requiredText(100),
  claimYear: z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((value: string | number, ctx) => {
      if (value === "" || value === "none") return null;
      const year = Number(value);
      if (!Number.isInteger(year) || year < WHAT_IF_FIRST_CLAIM_YEAR || year > 2100) {
        ctx.issues.push({ code: "custom", input: value, message: "claimYear" });
        return z.NEVER;
      }
      return year;
    }),
  ),
});
