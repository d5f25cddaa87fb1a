import type { Db } from "@/lib/db";
import { DEFAULT_VERIFICATION_PARAMETERS, isoDateFromDbDate } from "@/lib/eligibility";
import { reconcileClaimLine, type LineReconciliation, type UsdRates } from "./reconcile-claim-line";
import { normaliseClientName } from "./risk-signals";
import { verificationParametersFor } from "./verification-parameters";

/**
 * 1 %: the bureau's starting tolerance. The tolerance is a policy parameter
 * (reconciliationToleranceBasisPoints, the claim's city's version in force for its claim year);
 * this is the value of a version stored before it was one.
 */
export const DEFAULT_TOLERANCE_BASIS_POINTS = DEFAULT_VERIFICATION_PARAMETERS.reconciliationToleranceBasisPoints;

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

/** What the city holds for an enterprise, as the imports wrote it. */
export interface OfficialData {
  executions: ReadonlyArray<{ contractNo: string; executedMinor: bigint; currency: string; periodStart: Date; periodEnd: Date }>;
  /** The bank's receipts (source BUREAU); those outside the claim year are ignored. */
  receipts: ReadonlyArray<{ payerName: string; receivedOn: Date; amountMinor: bigint; currency: string }>;
  rates: ReadonlyArray<{ currency: string; ratePerUsdMicro: bigint }>;
}

/**
 * Every line of an offshore claim against the official data the claim's city holds for the
 * enterprise: its statistics execution records, the bank's receipts from the line's client dated in
 * the claim year (receipts the enterprise uploaded itself do not verify), at the year's USD rates,
 * within the tolerance of the city's policy version for the claim year. Read-only; three queries
 * whatever the number of lines.
 */
export async function reconcileOffshoreClaim(db: Db, claim: ClaimToReconcile): Promise<ClaimReconciliation> {
  const yearStart = new Date(Date.UTC(claim.claimYear, 0, 1));
  const nextYear = new Date(Date.UTC(claim.claimYear + 1, 0, 1));
  const [executions, receipts, rates, parameters] = await Promise.all([
    db.statisticsExecution.findMany({ where: { cityId: claim.cityId, creditCode: claim.creditCode } }),
    db.fxReceipt.findMany({ where: { cityId: claim.cityId, creditCode: claim.creditCode, source: "BUREAU", receivedOn: { gte: yearStart, lt: nextYear } } }),
    db.usdRate.findMany({ where: { cityId: claim.cityId, year: claim.claimYear } }),
    verificationParametersFor(db, claim.cityId, claim.claimYear),
  ]);
  return reconcileAgainst(claim, { executions, receipts, rates }, parameters.toleranceBasisPoints);
}

/**
 * The comparison itself, on data already loaded (one claim's, or a batch's: see
 * refreshOffshoreReconciliations), within a tolerance in basis points of the declared amount
 * (the policy's). Pure: the same claim, data and tolerance give the same result.
 */
export function reconcileAgainst(
  claim: Omit<ClaimToReconcile, "cityId" | "creditCode">,
  data: OfficialData,
  toleranceBasisPoints: number = DEFAULT_TOLERANCE_BASIS_POINTS,
): ClaimReconciliation {
  const yearStart = new Date(Date.UTC(claim.claimYear, 0, 1));
  const nextYear = new Date(Date.UTC(claim.claimYear + 1, 0, 1));
  const receipts = data.receipts.filter((r) => r.receivedOn >= yearStart && r.receivedOn < nextYear);
  const usdRates: UsdRates = Object.fromEntries(data.rates.map((r) => [r.currency, r.ratePerUsdMicro]));
  const settings = { toleranceBasisPoints, rates: usdRates };
  const statistics = data.executions.map((e) => ({
    contractNo: e.contractNo,
    executedMinor: e.executedMinor,
    currency: e.currency,
    periodStart: isoDateFromDbDate(e.periodStart),
    periodEnd: isoDateFromDbDate(e.periodEnd),
  }));
  const paidBy = new Map<string, Array<{ receivedOn: string; amountMinor: bigint; currency: string }>>();
  for (const r of receipts) {
    const client = normaliseClientName(r.payerName);
    const list = paidBy.get(client) ?? [];
    list.push({ receivedOn: isoDateFromDbDate(r.receivedOn), amountMinor: r.amountMinor, currency: r.currency });
    paidBy.set(client, list);
  }
  const lines = claim.lines.map((line) => {
    // A receipt belongs to the line whose foreign client paid it.
    const paid = paidBy.get(normaliseClientName(line.clientName)) ?? [];
    const result = reconcileClaimLine({ contractRegNo: line.contractRegNo, claimYear: claim.claimYear, executedUsdCents: line.executedUsdCents }, statistics, paid, settings);
    return { lineId: line.id, lineNo: line.lineNo, contractRegNo: line.contractRegNo, result };
  });
  return {
    dataAvailable: data.executions.length > 0 || receipts.length > 0,
    declaredUsdCents: claim.lines.reduce((sum, l) => sum + l.executedUsdCents, 0n),
    verifiedUsdCents: lines.reduce((sum, l) => sum + l.result.verifiedUsdCents, 0n),
    linesWithIssues: lines.filter((l) => l.result.status === "ISSUES").length,
    lines,
  };
}
