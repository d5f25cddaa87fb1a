import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildBankCsv } from "./bank-csv";

describe("bank CSV", () => {
  it("writes one quoted row per payee, with the BOM, and defuses formulas", () => {
    const csv = buildBankCsv([
      { payeeName: "洪城数据服务有限公司", bankName: "中国银行", accountNo: "6216610100001234567", amountFen: 500_000_00, purpose: "服务外包离岸奖励 A-2024", reference: "X1" },
      { payeeName: "=HYPERLINK(\"x\")", bankName: "@bank", accountNo: "0012", amountFen: 1_000_00, purpose: "+p", reference: "-X2" },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(3);
    expect(parsed[1]).toEqual(["洪城数据服务有限公司", "中国银行", "6216610100001234567", "500000.00", "服务外包离岸奖励 A-2024", "X1"]);
    // Every text column neutralised; the account (digits) and the amount (a number) unchanged.
    expect(parsed[2]).toEqual(["'=HYPERLINK(\"x\")", "'@bank", "0012", "1000.00", "'+p", "'-X2"]);
  });
});
