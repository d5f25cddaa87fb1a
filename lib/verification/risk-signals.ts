// Issue 18: risk signals a reviewer sees on a claim and can filter the queue by. Each names its
// reason and the threshold it was measured against; they inform a decision and never make one
// (nothing here refuses or changes an amount). Pure: the caller gathers the facts.

import { DEFAULT_VERIFICATION_PARAMETERS, type EligibilityPolicy } from "@/lib/eligibility";

/** The thresholds of the signals: policy parameters, with the bureau's starting values. */
export interface RiskThresholds {
  /** A foreign client paying this many claimants or more in one claim year. */
  sharedClientClaimants: number;
  /** Round amounts: at least this many lines, of which at least this share (basis points) are whole multiples of roundUnitUsdCents. */
  roundAmountMinLines: number;
  roundAmountShareBasisPoints: number;
  roundUnitUsdCents: bigint;
  /** A claim within this share (basis points) under the four-eyes threshold. */
  justUnderFourEyesBasisPoints: number;
  /** This many employer confirmations from one account within burstMinutes. */
  confirmationBurstCount: number;
  confirmationBurstMinutes: number;
}

/** A policy version's parameters that set the thresholds (the claim's city, in force for its claim year). */
export type RiskThresholdParameters = Pick<
  EligibilityPolicy,
  | "riskSharedClientClaimants"
  | "riskRoundAmountMinLines"
  | "riskRoundAmountShareBasisPoints"
  | "riskRoundUnitUsdCents"
  | "riskJustUnderFourEyesBasisPoints"
  | "riskConfirmationBurstCount"
  | "riskConfirmationBurstMinutes"
>;

/** The thresholds a policy version sets. */
export function riskThresholdsOf(policy: RiskThresholdParameters): RiskThresholds {
  return Object.freeze({
    sharedClientClaimants: policy.riskSharedClientClaimants,
    roundAmountMinLines: policy.riskRoundAmountMinLines,
    roundAmountShareBasisPoints: policy.riskRoundAmountShareBasisPoints,
    roundUnitUsdCents: BigInt(policy.riskRoundUnitUsdCents),
    justUnderFourEyesBasisPoints: policy.riskJustUnderFourEyesBasisPoints,
    confirmationBurstCount: policy.riskConfirmationBurstCount,
    confirmationBurstMinutes: policy.riskConfirmationBurstMinutes,
  });
}

/** The bureau's starting values: 3 claimants; 80 % of at least 3 lines in whole US$10,000; within 5 %; 10 confirmations in 5 minutes. */
export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = riskThresholdsOf(DEFAULT_VERIFICATION_PARAMETERS);

/** The signals' codes, in the order the claim page and the queue's filter name them. */
export const RISK_SIGNAL_CODES = ["SHARED_FOREIGN_CLIENT", "ROUND_AMOUNTS", "RECEIPTS_OUTSIDE_YEAR", "JUST_UNDER_FOUR_EYES", "EMPLOYER_IS_INSTITUTION", "CONFIRMATION_BURST"] as const;
export type RiskSignalCode = (typeof RISK_SIGNAL_CODES)[number];

/** The codes of a claim's signals, once each, in RISK_SIGNAL_CODES' order: what the queue's filter stores. */
export function riskSignalCodes(signals: readonly { code: RiskSignalCode }[]): RiskSignalCode[] {
  const raised = new Set(signals.map((s) => s.code));
  return RISK_SIGNAL_CODES.filter((code) => raised.has(code));
}

export type RiskSignal =
  | { code: "SHARED_FOREIGN_CLIENT"; clientName: string; claimants: number; threshold: number }
  | { code: "ROUND_AMOUNTS"; roundLines: number; lines: number; thresholdBasisPoints: number }
  | { code: "RECEIPTS_OUTSIDE_YEAR"; dates: string[] }
  | { code: "JUST_UNDER_FOUR_EYES"; amountFen: number; fourEyesThresholdFen: number; marginBasisPoints: number }
  | { code: "EMPLOYER_IS_INSTITUTION"; traineeNames: string[] }
  | { code: "CONFIRMATION_BURST"; confirmations: number; minutes: number; threshold: number };

/** A client's name as the same client, however it was typed: case, spaces, punctuation and a trailing legal form aside. */
export function normaliseClientName(name: string): string {
  const lowered = name.normalize("NFKC").toLowerCase().trim();
  // Only a legal form set off by a space or comma: "Costco" keeps its "co".
  const withoutForm = lowered.replace(/[\s,.]+(incorporated|inc|limited|ltd|co|company|gmbh|k\.?\s?k|plc|llc|pte\.?\s?ltd|pte)\.?$/u, "");
  return withoutForm.replace(/[\s.,()（）·\-]/g, "");
}

/**
 * Foreign clients of this claim that also pay other claimants in the same year: for each of the
 * claim's clients, how many distinct organisations (this one included) declare it.
 */
export function sharedForeignClients(
  claim: { organisationId: string; clientNames: readonly string[] },
  sameYearLines: ReadonlyArray<{ organisationId: string; clientName: string }>,
  thresholds: Pick<RiskThresholds, "sharedClientClaimants"> = DEFAULT_RISK_THRESHOLDS,
): RiskSignal[] {
  const claimants = new Map<string, Set<string>>();
  for (const line of sameYearLines) {
    const key = normaliseClientName(line.clientName);
    claimants.set(key, (claimants.get(key) ?? new Set()).add(line.organisationId));
  }
  const signals: RiskSignal[] = [];
  const seen = new Set<string>();
  for (const name of claim.clientNames) {
    const key = normaliseClientName(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const organisations = new Set(claimants.get(key) ?? []).add(claim.organisationId);
    if (organisations.size >= thresholds.sharedClientClaimants) {
      signals.push({ code: "SHARED_FOREIGN_CLIENT", clientName: name, claimants: organisations.size, threshold: thresholds.sharedClientClaimants });
    }
  }
  return signals;
}

/** Many whole-number amounts among a claim's lines (invented figures tend to be round). */
export function roundAmounts(executedUsdCents: readonly bigint[], thresholds: RiskThresholds = DEFAULT_RISK_THRESHOLDS): RiskSignal | null {
  if (executedUsdCents.length < thresholds.roundAmountMinLines) return null;
  const round = executedUsdCents.filter((amount) => amount > 0n && amount % thresholds.roundUnitUsdCents === 0n).length;
  if (round * 10_000 < thresholds.roundAmountShareBasisPoints * executedUsdCents.length) return null;
  return { code: "ROUND_AMOUNTS", roundLines: round, lines: executedUsdCents.length, thresholdBasisPoints: thresholds.roundAmountShareBasisPoints };
}

/** Receipt dates (the lines' own, or the bank's) outside the claim year, in order, once each. */
export function receiptsOutsideYear(claimYear: number, receiptDates: readonly string[]): RiskSignal | null {
  const outside = [...new Set(receiptDates.filter((date) => Number(date.slice(0, 4)) !== claimYear))].sort();
  return outside.length > 0 ? { code: "RECEIPTS_OUTSIDE_YEAR", dates: outside } : null;
}

/** An amount just under the four-eyes threshold: a second reviewer would have been needed a little higher. */
export function justUnderFourEyes(amountFen: number, fourEyesThresholdFen: number, thresholds: Pick<RiskThresholds, "justUnderFourEyesBasisPoints"> = DEFAULT_RISK_THRESHOLDS): RiskSignal | null {
  if (amountFen >= fourEyesThresholdFen || amountFen <= 0) return null;
  // Within the margin: threshold - amount <= threshold * margin / 10,000 (integers, no rounding).
  if ((fourEyesThresholdFen - amountFen) * 10_000 > fourEyesThresholdFen * thresholds.justUnderFourEyesBasisPoints) return null;
  return { code: "JUST_UNDER_FOUR_EYES", amountFen, fourEyesThresholdFen, marginBasisPoints: thresholds.justUnderFourEyesBasisPoints };
}

/** Trainees whose employer is the training institution itself (by credit code). */
export function employerIsInstitution(institutionCreditCode: string, lines: ReadonlyArray<{ traineeName: string; employerCreditCode: string | null }>): RiskSignal | null {
  const names = lines.filter((l) => l.employerCreditCode !== null && l.employerCreditCode.toUpperCase() === institutionCreditCode.toUpperCase()).map((l) => l.traineeName);
  return names.length > 0 ? { code: "EMPLOYER_IS_INSTITUTION", traineeNames: names } : null;
}

/** The most employer confirmations one account made within any window of burstMinutes. */
export function confirmationBurst(confirmedAt: readonly Date[], thresholds: Pick<RiskThresholds, "confirmationBurstCount" | "confirmationBurstMinutes"> = DEFAULT_RISK_THRESHOLDS): RiskSignal | null {
  const times = confirmedAt.map((d) => d.getTime()).sort((a, b) => a - b);
  const window = thresholds.confirmationBurstMinutes * 60_000;
  let most = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! > window) start++;
    most = Math.max(most, end - start + 1);
  }
  if (most < thresholds.confirmationBurstCount) return null;
  return { code: "CONFIRMATION_BURST", confirmations: most, minutes: thresholds.confirmationBurstMinutes, threshold: thresholds.confirmationBurstCount };
}
