import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readXlsxAsText } from "@/lib/spreadsheets/read-table";
import { CSV_COLUMNS, decodeCsvBytes, offshoreLinesCsvTemplate, parseOffshoreLineRows, parseOffshoreLinesCsv } from "./offshore-lines-csv";

const EN_HEADER = "Contract registration no.,Foreign client,Country code (ISO),Service category,Contract value USD,Executed in year USD,FX receipt date (YYYY-MM-DD)";

describe("offshore lines CSV", () => {
  it("makes a template with a BOM and headers in the reader's language that parses back", () => {
    const zh = offshoreLinesCsvTemplate("zh-CN");
    expect(zh.startsWith("\uFEFF合同登记号,")).toBe(true);
    expect(offshoreLinesCsvTemplate("en").split("\r\n")[0]).toBe("\uFEFF" + EN_HEADER);
    const parsed = parseOffshoreLinesCsv(zh);
    expect(parsed.ok).toBe(true);
  });

  it("reads the first sheet of an .xlsx with the same checks: date cells, numbers, row errors", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("合同");
    sheet.addRow(EN_HEADER.split(","));
    sheet.addRow(["R-1", "Anime Co", "jp", "动漫游戏", 2000, 1000.5, new Date(Date.UTC(2024, 0, 31))]);
    sheet.addRow(["R-2", "Call Ltd", "GB", "SOFTWARE", 2000, "abc", new Date(Date.UTC(2024, 1, 1))]);
    const table = await readXlsxAsText(new Uint8Array(await workbook.xlsx.writeBuffer()), 501);
    if (!table.ok) throw new Error(table.error);
    const parsed = parseOffshoreLineRows(table.rows);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([[3, "executedUsd"]]);
    const good = parseOffshoreLineRows(table.rows.slice(0, 2));
    expect(good).toEqual({ ok: true, lines: [{ contractRegNo: "R-1", clientName: "Anime Co", clientCountry: "JP", serviceCategory: "ANIMATION_GAMES", contractValueUsd: "2000", executedUsd: "1000.5", fxReceiptDate: "2024-01-31" }] });
  });

  it("maps columns by header in either language and any order, and categories by code or name", () => {
    const text = [
      "fxReceiptDate,Executed in year USD,合同金额（美元）,业务类别,Country code (ISO),境外客户,contractRegNo",
      "2024-01-31,1000,2000,动漫游戏,jp,Anime Co,R-1",
      "2024-02-01,\"1,500.50\",2000,Call centre,GB,Call Ltd,R-2",
    ].join("\n");
    const parsed = parseOffshoreLinesCsv(text);
    expect(parsed).toEqual({
      ok: true,
      lines: [
        { contractRegNo: "R-1", clientName: "Anime Co", clientCountry: "JP", serviceCategory: "ANIMATION_GAMES", contractValueUsd: "2000", executedUsd: "1000", fxReceiptDate: "2024-01-31" },
        { contractRegNo: "R-2", clientName: "Call Ltd", clientCountry: "GB", serviceCategory: "CALL_CENTRE", contractValueUsd: "2000", executedUsd: "1,500.50", fxReceiptDate: "2024-02-01" },
      ],
    });
  });

  it("reports every bad row with its spreadsheet row number and returns no lines", () => {
    const text = [
      EN_HEADER,
      "OK-1,Client,US,SOFTWARE,100,50,2024-01-01",
      "OK-2,Client,CN,SOFTWARE,100,50,2024-01-01",
      "OK-3,Client,US,Knitting,-5,50,2024-02-30",
      "",
      "ok-1,Client,US,SOFTWARE,100,50,2024-01-01",
      "OK-5,Client,US,SOFTWARE,100,150,2999-01-01",
    ].join("\n");
    const parsed = parseOffshoreLinesCsv(text, ["EXISTING"]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { row: 3, column: "clientCountry", code: "country" },
      { row: 4, column: "serviceCategory", code: "serviceCategory" },
      { row: 4, column: "contractValueUsd", code: "money" },
      { row: 4, column: "fxReceiptDate", code: "date" },
      { row: 5, column: "contractRegNo", code: "contractRegNoDuplicate" },
      { row: 6, column: "fxReceiptDate", code: "dateInFuture" },
      { row: 6, column: "executedUsd", code: "executedAboveContract" },
    ]);
  });

  it("refuses a file without rows, with a missing column, or repeating a contract already on the draft", () => {
    expect(parseOffshoreLinesCsv("")).toEqual({ ok: false, errors: [{ row: 1, column: null, code: "csvEmpty" }] });
    expect(parseOffshoreLinesCsv(EN_HEADER)).toEqual({ ok: false, errors: [{ row: 1, column: null, code: "csvEmpty" }] });
    const missing = parseOffshoreLinesCsv("contractRegNo,clientName\nA,B");
    expect(missing.ok ? [] : missing.errors.map((error) => error.column)).toEqual(CSV_COLUMNS.slice(2));
    const duplicate = parseOffshoreLinesCsv(`${EN_HEADER}\nexisting,Client,US,SOFTWARE,100,50,2024-01-01`, ["EXISTING"]);
    expect(duplicate).toEqual({ ok: false, errors: [{ row: 2, column: "contractRegNo", code: "contractRegNoDuplicate" }] });
  });

  it("decodes UTF-8 with a BOM and GB18030 as saved by Excel", () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe8, 0xbd, 0xaf]))).toBe("软");
    expect(decodeCsvBytes(new Uint8Array([0xc8, 0xed, 0xbc, 0xfe]))).toBe("软件");
  });
});
