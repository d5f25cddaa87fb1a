import type { Db } from "@/lib/db";
import { isoDateFromDbDate } from "@/lib/eligibility";
import { reconcileClaimLine, type LineReconciliation, type UsdRates } from "./reconcile-claim-line";
import { normaliseClientName } from "./risk-signals";

/** 1 % of the declared amount: the bureau's starting tolerance (to become a policy parameter, issue 18). */
export const DEFAULT_TOLERANCE_BASIS_POINTS = 100;

export interface ClaimToReconcile {
  cityId: string;
  claimYear: number;
  creditCode: string;
  lines: ReadonlyArray<{ id: string; lineNo: number; contractRegNo: string; clientName: string; executedUsdCents: bigint }>;
}

export interface ClaimReconciliation {
  /** False while the bureau holds no statistics record and no bank receipt of the enterprise for the year: nothing to compare yet. */
  dataAvailable: boolean;
  declaredUsdCents: bigint;
  verifiedUsdCents: bigint;
  linesWithIssues: number;
  lines: Array<{ lineId: string; lineNo: number; contractRegNo: string; result: LineReconciliation }>;
}

/**
 * Every line of an offshore claim against the official data the claim's city holds for the
 * enterprise: its statistics execution records, the bank's receipts from the line's client dated in
 * the claim year (receipts the enterprise uploaded itself do not verify), at the year's USD rates.
 * Read-only; three queries whatever the number of lines.
 */
export async function reconcileOffshoreClaim(db: Db, claim: ClaimToReconcile): Promise<ClaimReconciliation> {
  const yearStart = new Date(Date.UTC(claim.claimYear, 0, 1));
  const nextYear = new Date(Date.UTC(claim.claimYear + 1, 0, 1));
  const [executions, receipts, rates] = await Promise.all([
    db.statisticsExecution.findMany({ where: { cityId: claim.cityId, creditCode: claim.creditCode } }),
    db.fxReceipt.findMany({ where: { cityId: claim.cityId, creditCode: claim.creditCode, source: "BUREAU", receivedOn: { gte: yearStart, lt: nextYear } } }),
    db.usdRate.findMany({ where: { cityId: claim.cityId, year: claim.claimYear } }),
  ]);
  const usdRates: UsdRates = Object.fromEntries(rates.map((r) => [r.currency, r.ratePerUsdMicro]));
  const settings = { toleranceBasisPoints: DEFAULT_TOLERANCE_BASIS_POINTS, rates: usdRates };
  const statistics = executions.map((e) => ({
    contractNo: e.contractNo,
    executedMinor: e.executedMinor,
    currency: e.currency,
    periodStart: isoDateFromDbDate(e.periodStart),
    periodEnd: isoDateFromDbDate(e.periodEnd),
  }));
  const lines = claim.lines.map((line) => {
    // A receipt belongs to the line whose foreign client paid it.
    const client = normaliseClientName(line.clientName);
    const paid = receipts
      .filter((r) => normaliseClientName(r.payerName) === client)
      .map((r) => ({ receivedOn: isoDateFromDbDate(r.receivedOn), amountMinor: r.amountMinor, currency: r.currency }));
    const result = reconcileClaimLine({ contractRegNo: line.contractRegNo, claimYear: claim.claimYear, executedUsdCents: line.executedUsdCents }, statistics, paid, settings);
    return { lineId: line.id, lineNo: line.lineNo, contractRegNo: line.contractRegNo, result };
  });
  return {
    dataAvailable: executions.length > 0 || receipts.length > 0,
    declaredUsdCents: claim.lines.reduce((sum, l) => sum + l.executedUsdCents, 0n),
    verifiedUsdCents: lines.reduce((sum, l) => sum + l.result.verifiedUsdCents, 0n),
    linesWithIssues: lines.filter((l) => l.result.status === "ISSUES").length,
    lines,
  };
}
