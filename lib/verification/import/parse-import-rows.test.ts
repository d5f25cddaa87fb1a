import { describe, expect, it } from "vitest";
import { makeCreditCode } from "@/lib/eligibility";
import { checkMapping, guessMapping, mappingToRemember, normaliseHeader } from "./import-fields";
import { parseReceiptRow, parseStatisticsRow } from "./parse-import-rows";

const CODE = makeCreditCode("91360100MA35GJ001");
const STATS_HEADERS = ["统一社会信用代码", "合同编号", "境外客户", "国别/地区", "服务类别", "合同金额（万元）", "执行金额", "执行期间", "币种"];
const RECEIPT_HEADERS = ["信用代码", "收汇日期", "收汇金额", "币种", "付款人名称", "付款人国别", "银行业务编号"];

describe("guessMapping", () => {
  it("recognises the statistics system's Chinese headers, with units in brackets", () => {
    expect(guessMapping("STATISTICS", STATS_HEADERS)).toEqual([
      "creditCode", "contractNo", "clientName", "clientCountry", "serviceCategory", "contractAmount", "executedAmount", "period", "currency",
    ]);
    expect(normaliseHeader(" 合同金额（万元） ")).toBe("合同金额");
  });
  it("recognises a bank's headers, and headers that contain a known name", () => {
    expect(guessMapping("FX_RECEIPTS", RECEIPT_HEADERS)).toEqual(["creditCode", "receivedOn", "amount", "currency", "payerName", "payerCountry", "bankReference"]);
    expect(guessMapping("STATISTICS", ["企业统一社会信用代码", "备注"])).toEqual(["creditCode", null]);
  });
  it("prefers the city's remembered mapping, and never maps a field twice", () => {
    const remembered = mappingToRemember(["客户"], ["clientName"]);
    expect(guessMapping("STATISTICS", ["客户", "外方客户"], remembered)).toEqual(["clientName", null]);
  });
  it("names what a mapping lacks", () => {
    expect(checkMapping("STATISTICS", ["creditCode", "contractNo", "clientName", "executedAmount", "currency", "periodStart"])).toEqual([{ problem: "periodMissing" }]);
    expect(checkMapping("FX_RECEIPTS", ["creditCode", "creditCode"])).toContainEqual({ problem: "twice", field: "creditCode" });
    expect(checkMapping("FX_RECEIPTS", ["creditCode"])).toContainEqual({ problem: "missing", field: "bankReference" });
  });
});

describe("parseStatisticsRow", () => {
  const mapping = guessMapping("STATISTICS", STATS_HEADERS);
  const row = (cells: unknown[]) => parseStatisticsRow(2, cells as never, STATS_HEADERS, mapping);
  it("reads a record: amounts exact (the contract amount in 万元), the period from one cell", () => {
    const r = row([CODE, "GJ2024-US-001", "Blue River Software Inc.", "美国", "软件研发", "80", "750,000.00", "2024-01-01至2024-12-31", "美元"]);
    expect(r.errors).toEqual([]);
    expect(r.record).toEqual({
      creditCode: CODE, contractNo: "GJ2024-US-001", clientName: "Blue River Software Inc.", clientCountry: "美国", serviceCategory: "软件研发",
      contractMinor: 80_000_000n, executedMinor: 75_000_000n, currency: "USD", periodStart: "2024-01-01", periodEnd: "2024-12-31",
    });
  });
  it("reports every bad cell of a row", () => {
    const r = row([CODE.slice(0, 17) + "X", "", "Acme", "US", "", "abc", "-5", "sometime", "dollars"]);
    expect(r.record).toBeNull();
    expect(r.errors.map((e) => `${e.field}:${e.message}`)).toEqual([
      "creditCode:creditCodeInvalid", "contractNo:required", "contractAmount:amountInvalid", "executedAmount:amountNegative", "currency:currencyInvalid", "period:periodInvalid",
    ]);
  });
  it("reads start and end dates as Excel serials, and refuses an end before the start and more executed than contracted", () => {
    const headers = ["统一社会信用代码", "合同编号", "外方客户", "合同金额", "执行金额", "执行起始日期", "执行截止日期", "币种"];
    const m = guessMapping("STATISTICS", headers);
    const ok = parseStatisticsRow(3, [CODE, "C-1", "Acme", 100, 50, 45292, 45657, "USD"], headers, m);
    expect(ok.record).toMatchObject({ periodStart: "2024-01-01", periodEnd: "2024-12-31", contractMinor: 10_000n, executedMinor: 5_000n });
    const bad = parseStatisticsRow(3, [CODE, "C-1", "Acme", 100, 150, 45657, 45292, "USD"], headers, m);
    expect(bad.errors.map((e) => e.message)).toEqual(["periodEndBeforeStart", "executedAboveContract"]);
  });
});

describe("parseReceiptRow", () => {
  const mapping = guessMapping("FX_RECEIPTS", RECEIPT_HEADERS);
  it("reads a receipt, its date as a date cell or a serial", () => {
    const r = parseReceiptRow(2, [CODE, new Date(Date.UTC(2024, 5, 30)), "500,000.00", "USD", "Blue River Software, Inc.", "US", "BOC-1"], RECEIPT_HEADERS, mapping);
    expect(r.record).toEqual({ creditCode: CODE, receivedOn: "2024-06-30", amountMinor: 50_000_000n, currency: "USD", payerName: "Blue River Software, Inc.", payerCountry: "US", bankReference: "BOC-1" });
    expect(parseReceiptRow(2, [CODE, 45473, 1, "USD", "A", "", "BOC-2"], RECEIPT_HEADERS, mapping).record?.receivedOn).toBe("2024-06-30");
  });
  it("refuses a zero amount, a missing reference, a NUL character", () => {
    const r = parseReceiptRow(2, [CODE, "2024-02-30", "0", "USD", "A\u0000", "", ""], RECEIPT_HEADERS, mapping);
    expect(r.errors.map((e) => `${e.field}:${e.message}`)).toEqual(["receivedOn:dateInvalid", "amount:amountZero", "payerName:nulCharacter", "bankReference:required"]);
  });
});
