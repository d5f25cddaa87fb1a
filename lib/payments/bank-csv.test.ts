import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildBankCsv, yuanFromFen } from "./bank-csv";

describe("bank CSV", () => {
  it("formats fen as yuan with integers only", () => {
    expect(yuanFromFen(0)).toBe("0.00");
    expect(yuanFromFen(5)).toBe("0.05");
    expect(yuanFromFen(500_000_00)).toBe("500000.00");
    expect(yuanFromFen(123456)).toBe("1234.56");
    expect(yuanFromFen(-5)).toBe("-0.05");
    expect(yuanFromFen(9_007_199_254_740_993n)).toBe("90071992547409.93");
  });
  it("writes one quoted row per payee, with the BOM, and defuses formulas", () => {
    const csv = buildBankCsv([
      { payeeName: "洪城数据服务有限公司", bankName: "中国银行", accountNo: "6216610100001234567", amountFen: 500_000_00, purpose: "服务外包离岸奖励 A-2024", reference: "X1" },
      { payeeName: "=HYPERLINK(\"x\")", bankName: "b", accountNo: "0012", amountFen: 1_000_00, purpose: "p", reference: "X2" },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(3);
    expect(parsed[1]).toEqual(["洪城数据服务有限公司", "中国银行", "6216610100001234567", "500000.00", "服务外包离岸奖励 A-2024", "X1"]);
    expect(parsed[2]![0]).toBe("'=HYPERLINK(\"x\")");
    expect(parsed[2]![2]).toBe("0012");
  });
});
