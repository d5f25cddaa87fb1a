import { describe, expect, it } from "vitest";
import { formatRatePerUsd, parseRatePerUsd, reconcileClaimLine, toUsdCents, type FxReceipt, type StatisticsExecution } from "./reconcile-claim-line";

const settings = { toleranceBasisPoints: 100, rates: { EUR: 920_000n, JPY: 151_500_000n, CNY: 7_100_000n } }; // 1 %; 0.92 EUR, 151.5 JPY, 7.1 CNY per USD
const line = { contractRegNo: "GJ2024-US-001", claimYear: 2024, executedUsdCents: 750_000_00n };
const execution = (overrides: Partial<StatisticsExecution> = {}): StatisticsExecution => ({
  contractNo: "GJ2024-US-001",
  executedMinor: 750_000_00n,
  currency: "USD",
  periodStart: "2024-01-01",
  periodEnd: "2024-12-31",
  ...overrides,
});
const receipt = (overrides: Partial<FxReceipt> = {}): FxReceipt => ({ receivedOn: "2024-06-30", amountMinor: 750_000_00n, currency: "USD", ...overrides });

describe("reconciling a claim line with the statistics and the receipts", () => {
  it("matches when both sources confirm the declared amount, and verifies all of it", () => {
    expect(reconcileClaimLine(line, [execution()], [receipt({ amountMinor: 500_000_00n }), receipt({ amountMinor: 250_000_00n, receivedOn: "2024-11-20" })], settings)).toEqual({
      status: "MATCHED",
      verifiedUsdCents: 750_000_00n,
      recordedUsdCents: 750_000_00n,
      receivedUsdCents: 750_000_00n,
      findings: [],
    });
  });

  it("finds the contract whatever its case and surrounding spaces", () => {
    expect(reconcileClaimLine(line, [execution({ contractNo: " gj2024-us-001 " })], [receipt()], settings).status).toBe("MATCHED");
  });

  it("verifies nothing when the statistics do not know the contract", () => {
    const result = reconcileClaimLine(line, [execution({ contractNo: "OTHER-1" })], [receipt()], settings);
    expect(result).toMatchObject({ status: "ISSUES", verifiedUsdCents: 0n, recordedUsdCents: null, receivedUsdCents: 750_000_00n });
    expect(result.findings).toEqual([{ code: "CONTRACT_NOT_FOUND" }]);
  });

  it("tolerates a difference up to the policy's tolerance, and verifies the smaller amount", () => {
    // 1 % of 750,000.00 is 7,500.00: 742,500.00 recorded is within it.
    const within = reconcileClaimLine(line, [execution({ executedMinor: 742_500_00n })], [receipt()], settings);
    expect(within).toMatchObject({ status: "MATCHED", verifiedUsdCents: 742_500_00n, findings: [] });
    const beyond = reconcileClaimLine(line, [execution({ executedMinor: 742_499_99n })], [receipt()], settings);
    expect(beyond.status).toBe("ISSUES");
    expect(beyond.findings).toEqual([{ code: "AMOUNT_DIFFERS", declaredUsdCents: 750_000_00n, recordedUsdCents: 742_499_99n, toleranceUsdCents: 7_500_00n }]);
    expect(beyond.verifiedUsdCents).toBe(742_499_99n);
  });

  it("never verifies more than declared, even when more was recorded and received", () => {
    const result = reconcileClaimLine(line, [execution({ executedMinor: 800_000_00n })], [receipt({ amountMinor: 800_000_00n })], settings);
    expect(result.verifiedUsdCents).toBe(750_000_00n);
    expect(result.findings.map((f) => f.code)).toEqual(["AMOUNT_DIFFERS"]);
  });

  it("counts no execution whose period reaches outside the claim year, and says so", () => {
    const result = reconcileClaimLine(line, [execution({ periodStart: "2023-10-01", periodEnd: "2024-03-31" })], [receipt()], settings);
    expect(result.findings[0]).toEqual({ code: "EXECUTION_OUTSIDE_YEAR", periodStart: "2023-10-01", periodEnd: "2024-03-31" });
    expect(result).toMatchObject({ status: "ISSUES", recordedUsdCents: 0n, verifiedUsdCents: 0n });
  });

  it("adds up several execution records of the year", () => {
    const result = reconcileClaimLine(line, [execution({ executedMinor: 300_000_00n, periodEnd: "2024-06-30" }), execution({ executedMinor: 450_000_00n, periodStart: "2024-07-01" })], [receipt()], settings);
    expect(result).toMatchObject({ status: "MATCHED", recordedUsdCents: 750_000_00n });
  });

  it("reports receipts short of the recorded execution, counting only receipts dated in the claim year", () => {
    const result = reconcileClaimLine(line, [execution()], [receipt({ amountMinor: 600_000_00n }), receipt({ receivedOn: "2025-01-15", amountMinor: 150_000_00n })], settings);
    expect(result.findings).toEqual([{ code: "RECEIPTS_SHORT", receivedUsdCents: 600_000_00n, recordedUsdCents: 750_000_00n }]);
    expect(result.verifiedUsdCents).toBe(600_000_00n);
  });

  it("converts another currency at the year's rate, which is information, not an issue", () => {
    // 690,000.00 EUR at 0.92 EUR per USD is exactly 750,000.00 USD.
    const result = reconcileClaimLine(line, [execution({ currency: "EUR", executedMinor: 690_000_00n })], [receipt()], settings);
    expect(result.status).toBe("MATCHED");
    expect(result.recordedUsdCents).toBe(750_000_00n);
    expect(result.findings).toEqual([{ code: "CONVERTED", currency: "EUR", ratePerUsd: 920_000n }]);
  });

  it("cannot verify an amount in a currency the bureau has no rate for", () => {
    const result = reconcileClaimLine(line, [execution({ currency: "GBP" })], [receipt()], settings);
    expect(result.findings).toContainEqual({ code: "RATE_MISSING", currency: "GBP" });
    expect(result).toMatchObject({ status: "ISSUES", recordedUsdCents: 0n, verifiedUsdCents: 0n });
  });
});

describe("a rate as entered", () => {
  it("drops trailing zeros and keeps up to six decimals", () => {
    expect(formatRatePerUsd(7_100_000n)).toBe("7.1");
    expect(formatRatePerUsd(151_500_000n)).toBe("151.5");
    expect(formatRatePerUsd(100_000_000n)).toBe("100");
    expect(formatRatePerUsd(7_123_456n)).toBe("7.123456");
    expect(formatRatePerUsd(920_000n)).toBe("0.92");
  });
});

describe("currency conversion in integers", () => {
  it("rounds half up to the cent", () => {
    // In minor units of 1/100: 1.00 JPY at 151.5 per USD is 0.66 cent, 0.50 JPY 0.33 cent.
    expect(toUsdCents(100n, "JPY", { JPY: 151_500_000n })).toBe(1n);
    expect(toUsdCents(50n, "JPY", { JPY: 151_500_000n })).toBe(0n);
    // 0.05 EUR at 0.92 per USD is 5.4348 cents; 0.046 EUR would be exactly 5 cents.
    expect(toUsdCents(5n, "EUR", { EUR: 920_000n })).toBe(5n);
  });

  it("keeps US dollars as they are and refuses a missing or zero rate", () => {
    expect(toUsdCents(123n, "USD", {})).toBe(123n);
    expect(toUsdCents(123n, "EUR", {})).toBeNull();
    expect(toUsdCents(123n, "EUR", { EUR: 0n })).toBeNull();
  });

  it("converts yuan at 7.1 per dollar: 71.00 CNY is 10.00 USD, 0.36 CNY is 0.05 USD (0.0507)", () => {
    expect(toUsdCents(71_00n, "CNY", { CNY: 7_100_000n })).toBe(10_00n);
    expect(toUsdCents(36n, "CNY", { CNY: 7_100_000n })).toBe(5n);
    expect(toUsdCents(35n, "CNY", { CNY: 7_100_000n })).toBe(5n); // 0.0493 -> 0.05
    expect(toUsdCents(3n, "CNY", { CNY: 7_100_000n })).toBe(0n); // 0.0042 -> 0.00
  });
});

describe("parseRatePerUsd", () => {
  it("reads units per dollar as millionths, and gives back what formatRatePerUsd shows", () => {
    expect(parseRatePerUsd("7.1")).toBe(7_100_000n);
    expect(parseRatePerUsd(" 151.5 ")).toBe(151_500_000n);
    expect(parseRatePerUsd("0.000001")).toBe(1n);
    expect(formatRatePerUsd(parseRatePerUsd("0.92")!)).toBe("0.92");
  });
  it("refuses zero, signs, separators and more than six decimals", () => {
    for (const text of ["0", "0.0", "-1", "+1", "1,000", "1.0000001", "", "abc"]) expect(parseRatePerUsd(text)).toBeNull();
  });
});
