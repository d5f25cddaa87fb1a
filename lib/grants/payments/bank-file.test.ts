import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { exportLabels } from "@/lib/exports/export-labels";
import { bankFile, type BankFileRow } from "./bank-file";

const ROWS: BankFileRow[] = [
  { payeeName: "洪城数据服务有限公司", bankName: "中国银行", accountNo: "6216610100001234567", amountFen: 500_000_00, purpose: "服务外包离岸奖励 A-2024", reference: "X1" },
  { payeeName: "=HYPERLINK(\"x\")", bankName: "@bank", accountNo: "0012", amountFen: 1_000_00, purpose: "+p", reference: "-X2" },
];

describe("bank file", () => {
  it("CSV: one quoted row per payee, with the BOM and the header in the reader's language, formulas defused", async () => {
    const bytes = new Uint8Array(await new Response(bankFile(ROWS, "csv", exportLabels("zh-CN"))).arrayBuffer());
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith("\uFEFF\"收款人名称\",\"开户银行\",\"账号\",\"金额（元）\",\"用途\",\"参考号\"\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(3);
    expect(parsed[1]).toEqual(["洪城数据服务有限公司", "中国银行", "6216610100001234567", "500000.00", "服务外包离岸奖励 A-2024", "X1"]);
    // Every text column neutralised; the account (digits) and the amount (a number) unchanged.
    expect(parsed[2]).toEqual(["'=HYPERLINK(\"x\")", "'@bank", "0012", "1000.00", "'+p", "'-X2"]);
    const english = await new Response(bankFile(ROWS, "csv", exportLabels("en"))).text();
    expect(english.split("\r\n")[0]).toBe('"Payee","Bank","Account","Amount (yuan)","Purpose","Reference"');
  });

  it("Excel: the same columns; the account stays text with its leading zeros, the amount a yuan number", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(bankFile(ROWS, "xlsx", exportLabels("zh-CN"))).arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("银行文件");
    expect(sheet.getRow(1).values).toEqual([undefined, "收款人名称", "开户银行", "账号", "金额（元）", "用途", "参考号"]);
    const hostile = sheet.getRow(3);
    expect(hostile.getCell(1).value).toBe("=HYPERLINK(\"x\")");
    expect(hostile.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(hostile.getCell(3).value).toBe("0012");
    expect(hostile.getCell(4).value).toBe(1000);
    expect(hostile.getCell(4).numFmt).toBe("#,##0.00");
  });
});
