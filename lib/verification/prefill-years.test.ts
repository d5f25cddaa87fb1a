import { describe, expect, it } from "vitest";
import { prefillYears, type PrefillRecord } from "./prefill-years";

const record = (overrides: Partial<PrefillRecord>): PrefillRecord => ({
  contractNo: "C-1",
  clientName: "Blue River Inc.",
  clientCountry: "US",
  serviceCategory: "SOFTWARE",
  currency: "USD",
  executedMinor: 100_000_00n,
  contractMinor: 200_000_00n,
  periodStart: "2025-01-01",
  periodEnd: "2025-06-30",
  ...overrides,
});

const base = { receipts: [], ratesByYear: new Map(), claimedYears: new Set<number>(), years: { first: 2020, last: 2026 }, today: "2026-12-07" };

describe("prefillYears", () => {
  it("one line per contract and year: executions summed, the larger contract amount kept", () => {
    const years = prefillYears({
      ...base,
      records: [
        record({}),
        record({ periodStart: "2025-07-01", periodEnd: "2025-12-31", executedMinor: 150_000_00n }),
        record({ contractNo: "C-2", clientName: "Sakura K.K.", clientCountry: "JP", executedMinor: 50_000_00n, contractMinor: null }),
        record({ periodStart: "2024-03-01", periodEnd: "2024-09-30", executedMinor: 10_000_00n }),
      ],
    });
    expect(years.map((y) => [y.year, y.executedUsdCents])).toEqual([[2024, 10_000_00n], [2025, 300_000_00n]]);
    expect(years[1]!.lines).toEqual([
      { contractRegNo: "C-1", clientName: "Blue River Inc.", clientCountry: "US", serviceCategory: "SOFTWARE", contractValueUsdCents: 250_000_00n, executedUsdCents: 250_000_00n, fxReceiptDate: "2025-12-31" },
      { contractRegNo: "C-2", clientName: "Sakura K.K.", clientCountry: "JP", serviceCategory: "SOFTWARE", contractValueUsdCents: 50_000_00n, executedUsdCents: 50_000_00n, fxReceiptDate: "2025-06-30" },
    ]);
  });

  it("leaves out claimed years, years outside the claimable range and records spanning two years", () => {
    const years = prefillYears({
      ...base,
      claimedYears: new Set([2025]),
      years: { first: 2021, last: 2026 },
      records: [record({}), record({ periodStart: "2019-01-01", periodEnd: "2019-12-31" }), record({ periodStart: "2023-10-01", periodEnd: "2024-03-31" })],
    });
    expect(years).toEqual([]);
  });

  it("converts at the year's rate, counts what it cannot convert, and dates the line by the client's last receipt", () => {
    const years = prefillYears({
      ...base,
      ratesByYear: new Map([[2025, { JPY: 150_000_000n }]]),
      receipts: [
        { payerName: "SAKURA K.K", receivedOn: "2025-08-01" },
        { payerName: "Sakura K.K.", receivedOn: "2025-03-01" },
        { payerName: "Sakura K.K.", receivedOn: "2026-01-05" },
      ],
      records: [record({ contractNo: "J-1", clientName: "Sakura K.K.", currency: "JPY", executedMinor: 15_000_000_00n, contractMinor: null }), record({ contractNo: "E-1", currency: "EUR" })],
    });
    expect(years).toHaveLength(1);
    expect(years[0]!.unconvertedRecords).toBe(1);
    expect(years[0]!.lines).toMatchObject([{ contractRegNo: "J-1", executedUsdCents: 100_000_00n, fxReceiptDate: "2025-08-01" }]);
  });

  it("never dates a receipt after today", () => {
    const [year] = prefillYears({ ...base, records: [record({ periodStart: "2026-01-01", periodEnd: "2026-12-31" })] });
    expect(year!.lines[0]!.fxReceiptDate).toBe("2026-12-07");
  });
});
