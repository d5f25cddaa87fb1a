import { describe, expect, it } from "vitest";
import { reconcileAgainst, type OfficialData } from "./reconcile-offshore-claim";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const line = (lineNo: number, contractRegNo: string, clientName: string, executedUsdCents: bigint) => ({ id: `line-${lineNo}`, lineNo, contractRegNo, clientName, executedUsdCents });
const execution = (contractNo: string, executedMinor: bigint, currency = "USD") => ({ contractNo, executedMinor, currency, periodStart: day("2024-01-01"), periodEnd: day("2024-12-31") });
const receipt = (payerName: string, receivedOn: string, amountMinor: bigint, currency = "USD") => ({ payerName, receivedOn: day(receivedOn), amountMinor, currency });
const none: OfficialData = { executions: [], receipts: [], rates: [] };

describe("reconcileAgainst: a claim against data already loaded", () => {
  it("matches each line with its contract's record and the receipts its own client paid in the claim year", () => {
    const claim = { claimYear: 2024, lines: [line(1, "C-1", "Blue River Software, Inc.", 300_000_00n), line(2, "C-2", "Lion Data Pte. Ltd.", 200_000_00n)] };
    const result = reconcileAgainst(claim, {
      executions: [execution("C-1", 300_000_00n), execution("C-2", 200_000_00n)],
      receipts: [
        receipt("BLUE RIVER SOFTWARE INC", "2024-06-30", 300_000_00n),
        receipt("Lion Data Pte Ltd", "2024-03-01", 200_000_00n),
        // Another year's receipt from the same client is not this year's money.
        receipt("Lion Data Pte Ltd", "2023-12-31", 999_000_00n),
      ],
      rates: [],
    });
    expect(result).toMatchObject({ dataAvailable: true, declaredUsdCents: 500_000_00n, verifiedUsdCents: 500_000_00n, linesWithIssues: 0 });
    expect(result.lines.map((l) => [l.lineNo, l.result.status])).toEqual([[1, "MATCHED"], [2, "MATCHED"]]);
  });

  it("verifies less when a line's receipts fall short, and counts the line", () => {
    const claim = { claimYear: 2024, lines: [line(1, "C-1", "Blue River", 300_000_00n), line(2, "C-2", "Lion Data", 100_000_00n)] };
    const result = reconcileAgainst(claim, {
      executions: [execution("C-1", 300_000_00n), execution("C-2", 100_000_00n)],
      // Blue River paid half; Lion Data paid in full (a receipt from another payer does not help Blue River).
      receipts: [receipt("Blue River", "2024-05-01", 150_000_00n), receipt("Lion Data", "2024-05-01", 100_000_00n)],
      rates: [],
    });
    expect(result.linesWithIssues).toBe(1);
    expect(result.lines[0]!.result.findings.map((f) => f.code)).toContain("RECEIPTS_SHORT");
    expect(result.verifiedUsdCents).toBeLessThan(result.declaredUsdCents);
  });

  it("measures a difference against the tolerance it is given (the policy's), 1 % by default", () => {
    const claim = { claimYear: 2024, lines: [line(1, "C-1", "Blue River", 100_000_00n)] };
    // The record is 3 % under the declared amount; the receipts confirm the declared amount.
    const data: OfficialData = { executions: [execution("C-1", 97_000_00n)], receipts: [receipt("Blue River", "2024-05-01", 100_000_00n)], rates: [] };
    expect(reconcileAgainst(claim, data).lines[0]!.result.findings.map((f) => f.code)).toContain("AMOUNT_DIFFERS");
    expect(reconcileAgainst(claim, data, 300).lines[0]!.result.findings.map((f) => f.code)).not.toContain("AMOUNT_DIFFERS");
    expect(reconcileAgainst(claim, data, 299).lines[0]!.result.findings.map((f) => f.code)).toContain("AMOUNT_DIFFERS");
  });

  it("uses the claim year's rate for a record in another currency", () => {
    const claim = { claimYear: 2024, lines: [line(1, "C-EUR", "Euro Client", 100_000_00n)] };
    const result = reconcileAgainst(claim, {
      executions: [execution("C-EUR", 92_000_00n, "EUR")],
      receipts: [receipt("Euro Client", "2024-02-01", 92_000_00n, "EUR")],
      rates: [{ currency: "EUR", ratePerUsdMicro: 920_000n }],
    });
    expect(result.lines[0]!.result).toMatchObject({ status: "MATCHED", verifiedUsdCents: 100_000_00n });
  });

  it("has no data to compare when the city holds nothing for the year: receipts of other years do not count", () => {
    const claim = { claimYear: 2024, lines: [line(1, "C-1", "Blue River", 300_000_00n)] };
    expect(reconcileAgainst(claim, none).dataAvailable).toBe(false);
    expect(reconcileAgainst(claim, { ...none, receipts: [receipt("Blue River", "2025-01-01", 1n)] }).dataAvailable).toBe(false);
  });
});
