// Issue 18: a claim line's declared executed amount checked against the two official sources the
// bureau pays on: the Ministry of Commerce's service-outsourcing statistics (服务外包业务管理和统计
// 系统: the contract's registered execution) and the bank's foreign-exchange receipts (收汇). Pure,
// so the reviewer's page, the applicant's preview and the bench decide it the same way. Money is
// integer minor units throughout; a foreign currency is converted to US cents at the rate the
// bureau enters for the claim year, in integer arithmetic.

/** One execution record of the statistics system for a contract. */
export interface StatisticsExecution {
  contractNo: string;
  /** Executed amount in the record's currency, minor units (cents, fen, ...). */
  executedMinor: bigint;
  /** ISO 4217 code of the record's currency. */
  currency: string;
  /** The execution period, "YYYY-MM-DD" (inclusive). */
  periodStart: string;
  periodEnd: string;
}

/** One foreign-exchange receipt the line's client paid, as the bank reports it. */
export interface FxReceipt {
  receivedOn: string;
  amountMinor: bigint;
  currency: string;
}

/**
 * Units of a currency per US dollar for the claim year, as the bureau enters them, scaled by
 * RATE_SCALE (7.1 CNY per USD is 7_100_000): integers, so conversion never touches floating point.
 */
export type UsdRates = Readonly<Record<string, bigint>>;
export const RATE_SCALE = 1_000_000n;

export interface ReconciliationSettings {
  /** The largest difference between declared and recorded execution still counted as a match, in basis points of the declared amount (a policy parameter). */
  toleranceBasisPoints: number;
  rates: UsdRates;
}

export interface ClaimLineToReconcile {
  contractRegNo: string;
  claimYear: number;
  executedUsdCents: bigint;
}

export type ReconciliationFinding =
  | { code: "CONTRACT_NOT_FOUND" }
  | { code: "RATE_MISSING"; currency: string }
  | { code: "CONVERTED"; currency: string; ratePerUsd: bigint }
  | { code: "EXECUTION_OUTSIDE_YEAR"; periodStart: string; periodEnd: string }
  | { code: "AMOUNT_DIFFERS"; declaredUsdCents: bigint; recordedUsdCents: bigint; toleranceUsdCents: bigint }
  | { code: "RECEIPTS_SHORT"; receivedUsdCents: bigint; recordedUsdCents: bigint };

export interface LineReconciliation {
  /** MATCHED: both sources confirm the declared amount; otherwise the findings say why not. */
  status: "MATCHED" | "ISSUES";
  /** What the sources confirm: the least of declared, recorded in the claim year and received in it; 0 when nothing can be confirmed. */
  verifiedUsdCents: bigint;
  recordedUsdCents: bigint | null;
  receivedUsdCents: bigint | null;
  /** Every check that did not pass, in the order they are made (CONVERTED is information only). */
  findings: ReconciliationFinding[];
}

/** minor units of `currency` in US cents at the year's rate, rounded half up; null without a rate. */
export function toUsdCents(amountMinor: bigint, currency: string, rates: UsdRates): bigint | null {
  if (currency === "USD") return amountMinor;
  const rate = rates[currency];
  if (rate === undefined || rate <= 0n) return null;
  // amountMinor / (rate / SCALE), rounded half up: (2 * amount * SCALE + rate) / (2 * rate).
  return (2n * amountMinor * RATE_SCALE + rate) / (2n * rate);
}

/** A rate as the bureau entered it: 7,100,000 is "7.1", 100,000,000 is "100". */
export function formatRatePerUsd(micro: bigint): string {
  return `${micro / RATE_SCALE}.${(micro % RATE_SCALE).toString().padStart(6, "0")}`.replace(/\.?0+$/, "");
}

/** A rate as the bureau types it ("7.1", "151.5", "0.92": units of the currency per US dollar), in millionths; null unless a positive number of at most six decimals. */
export function parseRatePerUsd(text: string): bigint | null {
  const m = /^(\d{1,7})(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!m) return null;
  const micro = BigInt(m[1]!) * RATE_SCALE + BigInt((m[2] ?? "").padEnd(6, "0"));
  return micro > 0n ? micro : null;
}

const min = (...values: bigint[]) => values.reduce((a, b) => (b < a ? b : a));

/**
 * Reconciles one claim line. Statistics records of the contract whose execution period lies in
 * the claim year count as recorded (a record reaching into another year is reported, and counts
 * for none of it: the bureau cannot split it); receipts dated in the claim year count as received.
 */
export function reconcileClaimLine(
  line: ClaimLineToReconcile,
  executions: readonly StatisticsExecution[],
  receipts: readonly FxReceipt[],
  settings: ReconciliationSettings,
): LineReconciliation {
  const findings: ReconciliationFinding[] = [];
  const inYear = (date: string) => Number(date.slice(0, 4)) === line.claimYear;
  const ofContract = executions.filter((e) => e.contractNo.trim().toUpperCase() === line.contractRegNo.trim().toUpperCase());
  if (ofContract.length === 0) {
    return { status: "ISSUES", verifiedUsdCents: 0n, recordedUsdCents: null, receivedUsdCents: sumReceipts(receipts, inYear, settings, findings), findings: [{ code: "CONTRACT_NOT_FOUND" }, ...findings] };
  }

  let recordedUsdCents = 0n;
  for (const execution of ofContract) {
    if (!inYear(execution.periodStart) || !inYear(execution.periodEnd)) {
      findings.push({ code: "EXECUTION_OUTSIDE_YEAR", periodStart: execution.periodStart, periodEnd: execution.periodEnd });
      continue;
    }
    const usd = convert(execution.executedMinor, execution.currency, settings, findings);
    if (usd !== null) recordedUsdCents += usd;
  }

  const toleranceUsdCents = (line.executedUsdCents * BigInt(settings.toleranceBasisPoints)) / 10_000n;
  const difference = line.executedUsdCents > recordedUsdCents ? line.executedUsdCents - recordedUsdCents : recordedUsdCents - line.executedUsdCents;
  if (difference > toleranceUsdCents) findings.push({ code: "AMOUNT_DIFFERS", declaredUsdCents: line.executedUsdCents, recordedUsdCents, toleranceUsdCents });

  const receivedUsdCents = sumReceipts(receipts, inYear, settings, findings);
  if (receivedUsdCents < recordedUsdCents) findings.push({ code: "RECEIPTS_SHORT", receivedUsdCents, recordedUsdCents });

  const verifiedUsdCents = min(line.executedUsdCents, recordedUsdCents, receivedUsdCents);
  const blocking = findings.some((f) => f.code !== "CONVERTED");
  return { status: blocking ? "ISSUES" : "MATCHED", verifiedUsdCents, recordedUsdCents, receivedUsdCents, findings };
}

function convert(amountMinor: bigint, currency: string, settings: ReconciliationSettings, findings: ReconciliationFinding[]): bigint | null {
  const usd = toUsdCents(amountMinor, currency, settings.rates);
  if (usd === null) {
    if (!findings.some((f) => f.code === "RATE_MISSING" && f.currency === currency)) findings.push({ code: "RATE_MISSING", currency });
    return null;
  }
  if (currency !== "USD" && !findings.some((f) => f.code === "CONVERTED" && f.currency === currency)) {
    findings.push({ code: "CONVERTED", currency, ratePerUsd: settings.rates[currency]! });
  }
  return usd;
}

function sumReceipts(receipts: readonly FxReceipt[], inYear: (date: string) => boolean, settings: ReconciliationSettings, findings: ReconciliationFinding[]): bigint {
  let total = 0n;
  for (const receipt of receipts) {
    if (!inYear(receipt.receivedOn)) continue;
    const usd = convert(receipt.amountMinor, receipt.currency, settings, findings);
    if (usd !== null) total += usd;
  }
  return total;
}
