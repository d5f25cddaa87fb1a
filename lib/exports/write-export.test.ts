import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import type { ExportColumn } from "./export-columns";
import { exportLabels } from "./export-labels";
import { DATE_TIME_NUMBER_FORMAT, writeExport, YUAN_NUMBER_FORMAT, type ExportHooks } from "./write-export";

interface Claim {
  claimNo: string;
  applicant: string;
  status: string;
  reasons: string[];
  amountFen: number;
  submittedAt: Date | null;
  year: number;
}

const COLUMNS: readonly ExportColumn<Claim>[] = [
  { key: "claimNo", label: "exports.reviewQueue.claimNo", kind: "text", value: (c) => c.claimNo },
  { key: "applicant", label: "exports.reviewQueue.organisation", kind: "text", value: (c) => c.applicant },
  { key: "status", label: "exports.reviewQueue.status", kind: "code", messages: "claimStatus", value: (c) => c.status },
  { key: "reasons", label: "exports.reviewQueue.flagReasons", kind: "code", messages: "review.flagReason", separator: "review.flagReasonSeparator", value: (c) => c.reasons },
  { key: "amount", label: "exports.reviewQueue.amountYuan", kind: "yuan", value: (c) => c.amountFen },
  { key: "submittedAt", label: "exports.reviewQueue.submittedAt", kind: "dateTime", value: (c) => c.submittedAt },
  { key: "year", label: "exports.reviewQueue.claimYear", kind: "number", value: (c) => c.year },
];

// 23:30 UTC on 6 December is 07:30 on 7 December in China: the day changes with the zone.
const SUBMITTED = new Date("2026-12-06T23:30:05Z");
const CLAIMS: Claim[] = [
  { claimNo: "A-2026-0001", applicant: "南昌赣江软件有限公司", status: "UNDER_REVIEW", reasons: ["fourEyes", "duplicate"], amountFen: 123_456_78, submittedAt: SUBMITTED, year: 2026 },
  { claimNo: "A-2026-0002", applicant: "=cmd|' /C calc'!A0", status: "NO_SUCH_STATUS", reasons: [], amountFen: -5, submittedAt: null, year: 2025 },
];

async function* pagesOf<Row>(...pages: Row[][]) {
  for (const page of pages) yield page;
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function workbookOf(stream: ReadableStream<Uint8Array>): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(stream).arrayBuffer());
  return workbook.worksheets[0]!;
}

describe("CSV export", () => {
  it("writes BOM, CRLF, headers and codes in the reader's language, yuan, China time, neutralised text", async () => {
    const bytes = await bytesOf(writeExport({ format: "csv", columns: COLUMNS, pages: pagesOf(CLAIMS.slice(0, 1), CLAIMS.slice(1)), labels: exportLabels("zh-CN"), sheetName: "exports.sheet.reviewQueue" }));
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFF申报编号,申报单位,状态,关注原因,金额（元）,提交时间（北京时间）,年度\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.slice(1).split("\r\n")).toHaveLength(4);
    const [, first, second] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(first).toEqual(["A-2026-0001", "南昌赣江软件有限公司", "审核中", "双人复核(须第二次批准);疑似重复申报", "123456.78", "2026-12-07 07:30:05", "2026"]);
    // Typed text starting a formula gets its apostrophe; a code without a message is written as it is; a negative amount stays a number.
    expect(second).toEqual(["A-2026-0002", "'=cmd|' /C calc'!A0", "NO_SUCH_STATUS", "", "-0.05", "", "2025"]);
  });

  it("writes English labels for an English reader", async () => {
    const text = await new Response(writeExport({ format: "csv", columns: COLUMNS, pages: pagesOf(CLAIMS.slice(0, 1)), labels: exportLabels("en"), sheetName: "exports.sheet.reviewQueue" })).text();
    const [header, row] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header).toEqual(["Claim number", "Applicant", "Status", "Flag reasons", "Amount (yuan)", "Submitted (China time)", "Year"]);
    expect(row!.slice(2, 4)).toEqual(["Under review", "four eyes (second approval needed); possible duplicate"]);
  });

  it("quotes every field when asked (the bank file's convention)", async () => {
    const text = await new Response(writeExport({ format: "csv", columns: COLUMNS.slice(0, 1), pages: pagesOf(CLAIMS.slice(0, 1)), labels: exportLabels("en"), sheetName: "x", quoteAll: true })).text();
    expect(text).toBe('"Claim number"\r\n"A-2026-0001"\r\n');
  });
});

describe("Excel export", () => {
  it("reads back with labels, yuan numbers with two decimals, China times as dates, and formula-like text as text", async () => {
    const sheet = await workbookOf(writeExport({ format: "xlsx", columns: COLUMNS, pages: pagesOf(CLAIMS), labels: exportLabels("zh-CN"), sheetName: "exports.sheet.reviewQueue" }));
    expect(sheet.name).toBe("审核队列");
    expect(sheet.getRow(1).values).toEqual([undefined, "申报编号", "申报单位", "状态", "关注原因", "金额（元）", "提交时间（北京时间）", "年度"]);
    const first = sheet.getRow(2);
    expect(first.getCell(3).value).toBe("审核中");
    expect(first.getCell(4).value).toBe("双人复核(须第二次批准);疑似重复申报");
    expect(first.getCell(5).value).toBe(123456.78);
    expect(first.getCell(5).numFmt).toBe(YUAN_NUMBER_FORMAT);
    // A spreadsheet date has no zone: the cell reads as the China wall-clock time.
    expect(first.getCell(6).value).toEqual(new Date("2026-12-07T07:30:05Z"));
    expect(first.getCell(6).numFmt).toBe(DATE_TIME_NUMBER_FORMAT);
    expect(first.getCell(7).value).toBe(2026);
    const second = sheet.getRow(3);
    const hostile = second.getCell(2);
    // Text, not a formula, and without the apostrophe CSV needs (in Excel it would show).
    expect(hostile.value).toBe("=cmd|' /C calc'!A0");
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.formula).toBeUndefined();
    expect(second.getCell(5).value).toBe(-0.05);
    expect(second.getCell(6).value).toBeNull();
    expect(sheet.rowCount).toBe(3);
  });

  it("writes a header-only file for no rows", async () => {
    const sheet = await workbookOf(writeExport({ format: "xlsx", columns: COLUMNS, pages: pagesOf<Claim>(), labels: exportLabels("en"), sheetName: "exports.sheet.reviewQueue" }));
    expect(sheet.name).toBe("Review queue");
    expect(sheet.rowCount).toBe(1);
  });
});

describe("streaming", () => {
  it("stops reading pages when the reader cancels, and says the export did not finish", async () => {
    let pagesRead = 0;
    let closed!: () => void;
    const iteratorClosed = new Promise<void>((resolve) => (closed = resolve));
    async function* endless() {
      try {
        for (;;) {
          pagesRead++;
          yield CLAIMS;
        }
      } finally {
        closed();
      }
    }
    const outcomes: Array<{ ok: boolean; rowsWritten: number }> = [];
    const hooks: ExportHooks = { end: (outcome) => void outcomes.push(outcome) };
    const reader = writeExport({ format: "csv", columns: COLUMNS, pages: endless(), labels: exportLabels("en"), sheetName: "x", hooks }).getReader();
    await reader.read();
    await reader.cancel();
    await iteratorClosed;
    const readAtCancel = pagesRead;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pagesRead).toBe(readAtCancel);
    expect(outcomes).toEqual([{ ok: false, rowsWritten: expect.any(Number) }]);
  });

  it("breaks the download when reading a page fails, instead of ending a file that looks complete", async () => {
    async function* failing() {
      yield CLAIMS;
      throw new Error("database went away");
    }
    const outcomes: boolean[] = [];
    const stream = writeExport({ format: "xlsx", columns: COLUMNS, pages: failing(), labels: exportLabels("en"), sheetName: "x", hooks: { end: ({ ok }) => void outcomes.push(ok) } });
    await expect(bytesOf(stream)).rejects.toThrow();
    expect(outcomes).toEqual([false]);
  });

  it("goes on writing the file when recording its progress fails", async () => {
    const hooks: ExportHooks = {
      page: () => Promise.reject(new Error("progress table locked")),
      end: () => {
        throw new Error("progress table locked");
      },
    };
    const text = await new Response(writeExport({ format: "csv", columns: COLUMNS.slice(0, 1), pages: pagesOf(CLAIMS, CLAIMS), labels: exportLabels("en"), sheetName: "x", hooks })).text();
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(5);
  });

  it("records the end before the file's last byte reaches the reader (the page's bar says done when the download is)", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      let recorded = false;
      const hooks: ExportHooks = {
        end: async ({ ok }) => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          recorded = ok;
        },
      };
      await bytesOf(writeExport({ format, columns: COLUMNS, pages: pagesOf(CLAIMS), labels: exportLabels("en"), sheetName: "x", hooks }));
      expect(recorded, format).toBe(true);
    }
  });

  it("reports the rows written after every page", async () => {
    const seen: number[] = [];
    await bytesOf(writeExport({ format: "xlsx", columns: COLUMNS, pages: pagesOf(CLAIMS, CLAIMS, CLAIMS.slice(0, 1)), labels: exportLabels("en"), sheetName: "x", hooks: { page: (n) => void seen.push(n) } }));
    expect(seen).toEqual([2, 4, 5]);
  });
});

describe("a large Excel export", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "export-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes 100,000 rows without holding them: retained memory stays flat while the pages stream", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const retained = () => {
      gc();
      const { heapUsed, external } = process.memoryUsage();
      return heapUsed + external;
    };
    const PAGES = 100;
    const ROWS = 1000;
    let peak = 0;
    // Pages come as fast as they can be made: nothing but the writer's own waiting holds them back.
    async function* pages() {
      for (let p = 0; p < PAGES; p++) {
        if (p % 10 === 5) peak = Math.max(peak, retained());
        yield Array.from({ length: ROWS }, (_, i): Claim => ({
          claimNo: `A-${p}-${i}`,
          applicant: `南昌某某信息技术有限公司第${p * ROWS + i}号${"服务外包".repeat(20)}`,
          status: "SUBMITTED",
          reasons: ["fourEyes"],
          amountFen: p * ROWS + i,
          submittedAt: SUBMITTED,
          year: 2026,
        }));
      }
    }
    const file = path.join(dir, "large.xlsx");
    const before = retained();
    await writeExport({ format: "xlsx", columns: COLUMNS, pages: pages(), labels: exportLabels("zh-CN"), sheetName: "exports.sheet.reviewQueue" }).pipeTo(Writable.toWeb(createWriteStream(file)));
    const growth = peak - before;
    // The rows as objects and as sheet XML are well over 100 MB; a page is well under 2 MB.
    expect(growth).toBeLessThan(24 * 1024 * 1024);

    // Every row is in the file: read back with exceljs's streaming reader.
    let rows = 0;
    let lastAmount: unknown;
    for await (const worksheet of new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), { worksheets: "emit" })) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        rows++;
        lastAmount = row.getCell(5).value;
      }
    }
    expect(rows).toBe(PAGES * ROWS + 1);
    expect(lastAmount).toBe((PAGES * ROWS - 1) / 100);
  }, 120_000);
});
