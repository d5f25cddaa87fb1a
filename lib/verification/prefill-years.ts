import { normaliseClientName } from "./risk-signals";
import { toUsdCents, type UsdRates } from "./reconcile-claim-line";

// Pre-filled claims (免申即享, issue 18): from the statistics system's records the bureau imported,
// the years in which an enterprise's offshore execution may earn the rule-A incentive and which it
// has not claimed, each with the contract lines a draft would hold. Pure; the caller reads the
// records and decides each year's amount under that year's policy (lib/eligibility).

export interface PrefillRecord {
  contractNo: string;
  clientName: string;
  clientCountry: string;
  serviceCategory: string;
  currency: string;
  executedMinor: bigint;
  /** The contract's whole amount, when the statistics gave it. */
  contractMinor: bigint | null;
  /** ISO dates. */
  periodStart: string;
  periodEnd: string;
}

export interface PrefillReceipt {
  payerName: string;
  /** ISO date. */
  receivedOn: string;
}

export interface PrefillLine {
  contractRegNo: string;
  clientName: string;
  clientCountry: string;
  serviceCategory: string;
  contractValueUsdCents: bigint;
  executedUsdCents: bigint;
  /** The last receipt from the client in the year, else the end of the last execution period (the enterprise checks it). */
  fxReceiptDate: string;
}

export interface PrefillYear {
  year: number;
  executedUsdCents: bigint;
  lines: PrefillLine[];
  /** Records left out because no USD rate of the year converts their currency. */
  unconvertedRecords: number;
}

/**
 * Groups the records by the calendar year their execution lies in (a record reaching into another
 * year belongs to none, as in the reconciliation) and, within a year, by contract: one line per
 * contract, in contract-number order. Years in `claimedYears` or outside `years` are left out.
 */
export function prefillYears(input: {
  records: readonly PrefillRecord[];
  receipts: readonly PrefillReceipt[];
  ratesByYear: ReadonlyMap<number, UsdRates>;
  claimedYears: ReadonlySet<number>;
  years: { first: number; last: number };
  /** ISO date: no receipt date is put after it (the form refuses a future date). */
  today: string;
}): PrefillYear[] {
  const byYear = new Map<number, PrefillRecord[]>();
  for (const record of input.records) {
    const year = Number(record.periodStart.slice(0, 4));
    if (year !== Number(record.periodEnd.slice(0, 4))) continue;
    if (year < input.years.first || year > input.years.last || input.claimedYears.has(year)) continue;
    byYear.set(year, [...(byYear.get(year) ?? []), record]);
  }
  const result: PrefillYear[] = [];
  for (const [year, records] of [...byYear].sort(([a], [b]) => a - b)) {
    const rates = input.ratesByYear.get(year) ?? {};
    const lines = new Map<string, PrefillLine>();
    let unconvertedRecords = 0;
    for (const record of records) {
      const executed = toUsdCents(record.executedMinor, record.currency, rates);
      const contract = record.contractMinor === null ? executed : toUsdCents(record.contractMinor, record.currency, rates);
      if (executed === null || contract === null) {
        unconvertedRecords++;
        continue;
      }
      const key = record.contractNo.toUpperCase();
      const line = lines.get(key);
      if (line) {
        line.executedUsdCents += executed;
        if (contract > line.contractValueUsdCents) line.contractValueUsdCents = contract;
        if (record.periodEnd > line.fxReceiptDate) line.fxReceiptDate = record.periodEnd;
      } else {
        lines.set(key, {
          contractRegNo: record.contractNo,
          clientName: record.clientName,
          clientCountry: record.clientCountry,
          serviceCategory: record.serviceCategory,
          contractValueUsdCents: contract,
          executedUsdCents: executed,
          fxReceiptDate: record.periodEnd,
        });
      }
    }
    for (const line of lines.values()) {
      // A contract never executes above its amount on a claim line (the form refuses it).
      if (line.contractValueUsdCents < line.executedUsdCents) line.contractValueUsdCents = line.executedUsdCents;
      const client = normaliseClientName(line.clientName);
      const received = input.receipts
        .filter((r) => r.receivedOn.startsWith(`${year}-`) && normaliseClientName(r.payerName) === client)
        .map((r) => r.receivedOn)
        .sort();
      if (received.length > 0) line.fxReceiptDate = received[received.length - 1]!;
      if (line.fxReceiptDate > input.today) line.fxReceiptDate = input.today;
    }
    const sorted = [...lines.values()].sort((a, b) => a.contractRegNo.localeCompare(b.contractRegNo));
    if (sorted.length === 0 && unconvertedRecords === 0) continue;
    result.push({ year, executedUsdCents: sorted.reduce((sum, l) => sum + l.executedUsdCents, 0n), lines: sorted, unconvertedRecords });
  }
  return result;
}
