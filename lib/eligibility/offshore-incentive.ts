// Rule A: the yearly offshore incentive for a service-outsourcing enterprise.

import { EligibilityInputError } from "./errors";
import { requireNonNegativeSafeInteger, requireObject } from "./input-checks";
import { fenFromUsdCents, formatFenPerUsd, formatMinorUnits } from "./money";
import { policyInForceForClaimYear, validatePolicy } from "./policy-versions";
import type {
  EligibilityPolicy,
  LocalisedMessage,
  OffshoreIncentiveInput,
  OffshoreIncentiveResult,
  Reason,
} from "./types";

/**
 * Threshold: the year's offshore total must be strictly more than the threshold (exactly
 * 200,000.00 USD does not qualify). Amount: floor(cents * fenPerUsd / 100) on the whole total,
 * then limited to what the annual cap leaves after this year's earlier grants.
 *
 * `policy` defaults to the built-in version in force on 1 January of the claim year; a
 * version passed in (e.g. the one a past decision recorded) is used as given.
 */
export function evaluateOffshoreIncentive(
  input: OffshoreIncentiveInput,
  policy?: EligibilityPolicy,
): OffshoreIncentiveResult {
  const raw = requireObject(input, "input");
  const claimYear = requireNonNegativeSafeInteger(raw.claimYear, "claimYear");
  if (claimYear < 1 || claimYear > 9999) {
    throw new EligibilityInputError("claimYear", "OUT_OF_RANGE", "must be a year between 1 and 9999");
  }
  const usdCents = requireNonNegativeSafeInteger(raw.offshoreUsdCents, "offshoreUsdCents");
  const grantedFen =
    raw.grantedFenThisYear === undefined
      ? 0
      : requireNonNegativeSafeInteger(raw.grantedFenThisYear, "grantedFenThisYear");
  const p = policy === undefined ? policyInForceForClaimYear(claimYear) : validatePolicy(policy);

  const passesThreshold = usdCents > p.offshoreThresholdUsdCents;
  const entitlementFen = passesThreshold ? fenFromUsdCents(usdCents, p.offshoreFenPerUsd) : 0;
  // Earlier grants above the cap (a lowered cap in a later version) leave nothing, not less.
  const remainingFen = Math.max(0, p.offshoreAnnualCapFen - grantedFen);
  const amountFen = Math.min(entitlementFen, remainingFen);

  const params = {
    usd: formatMinorUnits(usdCents),
    threshold: formatMinorUnits(p.offshoreThresholdUsdCents),
    rate: formatFenPerUsd(p.offshoreFenPerUsd),
    entitlement: formatMinorUnits(entitlementFen),
    cap: formatMinorUnits(p.offshoreAnnualCapFen),
    granted: formatMinorUnits(grantedFen),
    remaining: formatMinorUnits(remainingFen),
    amount: formatMinorUnits(amountFen),
  };

  const thresholdReason: Reason<"OFFSHORE_THRESHOLD"> = {
    code: "OFFSHORE_THRESHOLD",
    passed: passesThreshold,
    value: usdCents,
    parameter: p.offshoreThresholdUsdCents,
    messageKey: `reasons.OFFSHORE_THRESHOLD.${passesThreshold ? "passed" : "failed"}`,
    messageParams: { value: params.usd, threshold: params.threshold },
  };
  const capReason: Reason<"ANNUAL_CAP"> = {
    code: "ANNUAL_CAP",
    passed: remainingFen > 0,
    value: grantedFen,
    parameter: p.offshoreAnnualCapFen,
    messageKey: `reasons.ANNUAL_CAP.${remainingFen > 0 ? "passed" : "failed"}`,
    messageParams: { granted: params.granted, cap: params.cap, remaining: params.remaining },
  };

  return {
    eligible: passesThreshold && amountFen > 0,
    entitlementFen,
    amountFen,
    policyVersionId: p.id,
    reasons: [thresholdReason, capReason],
    calculation: { messageKey: calculationKey(passesThreshold, entitlementFen, remainingFen, grantedFen), messageParams: params },
  };
}

function calculationKey(
  passesThreshold: boolean,
  entitlementFen: number,
  remainingFen: number,
  grantedFen: number,
): LocalisedMessage["messageKey"] {
  if (!passesThreshold) return "calculation.offshore.belowThreshold";
  if (remainingFen === 0) return "calculation.offshore.capExhausted";
  if (entitlementFen >= remainingFen) return "calculation.offshore.capReached";
  return grantedFen === 0 ? "calculation.offshore.capNotReached" : "calculation.offshore.capNotReachedAfterGrants";
}
