import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readTable } from "./read-table";
import { readCentralDirectory } from "./zip-guard";

async function xlsx(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("导出"));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const read = (bytes: Uint8Array, fileName = "export.xlsx") => readTable(bytes, { fileName, maxRows: 1000 });

describe("readTable: CSV", () => {
  it("reads UTF-8 with and without a BOM, and GB18030", async () => {
    const text = "统一社会信用代码,合同编号\n91360100MA35XXXX0A,GJ-1\n";
    for (const bytes of [new TextEncoder().encode(text), new TextEncoder().encode("\uFEFF" + text)]) {
      const r = await read(bytes, "a.csv");
      expect(r.ok && r.table.header).toEqual(["统一社会信用代码", "合同编号"]);
      expect(r.ok && r.table.encoding).toBe("utf-8");
    }
    // "合同编号\nGJ-1" in GB18030.
    const gb = new Uint8Array([0xba, 0xcf, 0xcd, 0xac, 0xb1, 0xe0, 0xba, 0xc5, 0x0a, 0x47, 0x4a, 0x2d, 0x31, 0x0a]);
    const r = await read(gb, "a.csv");
    expect(r.ok && r.table).toMatchObject({ encoding: "gb18030", header: ["合同编号"], rows: [{ rowNo: 2, cells: ["GJ-1"] }] });
  });
  it("refuses an empty file or one with only a header", async () => {
    expect(await read(new Uint8Array(), "a.csv")).toEqual({ ok: false, error: "tableEmpty" });
    expect(await read(new TextEncoder().encode("合同编号\n\n"), "a.csv")).toEqual({ ok: false, error: "tableEmpty" });
  });
  it("refuses more rows than allowed, and a file over 50 MB without reading it", async () => {
    expect(await readTable(new TextEncoder().encode("a\n1\n2\n3\n"), { fileName: "a.csv", maxRows: 2 })).toEqual({ ok: false, error: "tableTooManyRows" });
    expect(await read(new Uint8Array(50 * 1024 * 1024 + 1), "a.csv")).toEqual({ ok: false, error: "tableTooLarge" });
  });
});

describe("readTable: xlsx", () => {
  it("reads the first sheet: text, numbers, date cells, cached formula results", async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(["合同编号", "执行金额", "收汇日期", "合计"]);
      ws.addRow(["GJ-1", 1234.5, new Date(Date.UTC(2024, 5, 30)), { formula: "B2*2", result: 2469 }]);
      ws.getCell("C2").numFmt = "yyyy-mm-dd";
      ws.addRow([]);
      ws.addRow([{ richText: [{ text: "GJ-" }, { text: "2" }] }, 45473, null, null]);
    });
    const r = await read(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.header).toEqual(["合同编号", "执行金额", "收汇日期", "合计"]);
    expect(r.table.rows).toHaveLength(2);
    expect(r.table.rows[0]).toEqual({ rowNo: 2, cells: ["GJ-1", 1234.5, new Date(Date.UTC(2024, 5, 30)), 2469] });
    expect(r.table.rows[1]).toEqual({ rowNo: 4, cells: ["GJ-2", 45473] });
  });
  it("refuses a formula without a cached value: formulas are never evaluated", async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(["合同编号", "执行金额"]);
      ws.addRow(["GJ-1", { formula: "1+1" } as ExcelJS.CellFormulaValue]);
    });
    expect(await read(bytes)).toEqual({ ok: false, error: "xlsxFormulaWithoutValue", detail: "B2" });
  });
  it("refuses an empty sheet and a sheet with only a header", async () => {
    expect(await read(await xlsx(() => {}))).toEqual({ ok: false, error: "tableEmpty" });
    expect(await read(await xlsx((ws) => ws.addRow(["合同编号"])))).toEqual({ ok: false, error: "tableEmpty" });
  });
  it("refuses merged cells in the header row, not below it", async () => {
    const merged = await xlsx((ws) => {
      ws.addRow(["金额", "", "合同编号"]);
      ws.addRow([1, 2, "GJ-1"]);
      ws.mergeCells("A1:B1");
    });
    expect(await read(merged)).toEqual({ ok: false, error: "xlsxMergedHeader" });
    const lower = await xlsx((ws) => {
      ws.addRow(["金额", "备注", "合同编号"]);
      ws.addRow([1, "x", "GJ-1"]);
      ws.addRow([1, "y", "GJ-2"]);
      ws.mergeCells("B2:B3");
    });
    expect((await read(lower)).ok).toBe(true);
  });
  it("refuses a renamed executable and a zip that is not a spreadsheet", async () => {
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    exe.set(new TextEncoder().encode("PE\0\0"), 0x80);
    new DataView(exe.buffer).setUint32(0x3c, 0x80, true);
    expect(await read(exe)).toEqual({ ok: false, error: "xlsxNotZip" });
    expect(await read(exe, "export.csv")).toEqual({ ok: false, error: "fileFormatUnknown" });
    expect(await read(new TextEncoder().encode("合同编号\nGJ-1\n"))).toEqual({ ok: false, error: "xlsxNotZip" });
  });
  it("refuses a zip bomb: a declared size past the limit, an entry that inflates past its declared size, a 1000:1 entry", async () => {
    const good = await xlsx((ws) => {
      ws.addRow(["合同编号"]);
      ws.addRow(["GJ-1"]);
    });
    const entries = readCentralDirectory(good)!;
    expect(entries.length).toBeGreaterThan(3);
    // Patch the central directory: every entry declares 1 GB.
    const inflated = patchDeclaredSizes(good, () => 1024 * 1024 * 1024);
    expect(await read(inflated)).toEqual({ ok: false, error: "xlsxTooLarge" });
    // Lie the other way: every entry declares 10 bytes, and inflates to more.
    const lying = patchDeclaredSizes(good, () => 10);
    expect(await read(lying)).toEqual({ ok: false, error: "xlsxTooLarge" });
    // A real high-ratio entry: 4 MB of one letter deflates to a few KB.
    expect(await read(zipOf("xl/sharedStrings.xml", Buffer.alloc(4 * 1024 * 1024, "a")))).toEqual({ ok: false, error: "xlsxTooLarge" });
  });
});

function patchDeclaredSizes(bytes: Uint8Array, size: (name: string) => number): Uint8Array {
  const copy = Buffer.from(bytes);
  let p = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = copy.readUInt16LE(p + 10);
  p = copy.readUInt32LE(p + 16);
  for (let n = 0; n < count; n++) {
    const nameLength = copy.readUInt16LE(p + 28);
    copy.writeUInt32LE(size(copy.toString("utf8", p + 46, p + 46 + nameLength)), p + 24);
    p += 46 + nameLength + copy.readUInt16LE(p + 30) + copy.readUInt16LE(p + 32);
  }
  return new Uint8Array(copy);
}

/** A one-entry zip, deflated, with honest sizes. */
function zipOf(name: string, content: Buffer): Uint8Array {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const dirOffset = local.length + nameBytes.length + data.length;
  const dirSize = central.length + nameBytes.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(dirOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, end]));
}

describe("Chinese text across the stream's chunk boundaries", () => {
  // exceljs's streaming parser decoded each inflated 16 KB chunk on its own, so a character whose
  // UTF-8 bytes straddled two chunks came back as "��" (exceljs issues 2084, 2316): here row 282's
  // "美元". patches/exceljs+4.4.0.patch decodes the stream as one (a StringDecoder across chunks).
  it("reads every cell of a 500-row sheet of inline strings intact", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "inline-xlsx-")), "inline.xlsx");
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet("合同执行");
    sheet.addRow(["统一社会信用代码", "合同编号", "外方客户", "国别/地区", "服务类别", "合同金额", "执行金额", "执行起始日期", "执行截止日期", "币种"]).commit();
    for (let i = 0; i < 500; i++) {
      const executed = 10_000 + ((i * 7919) % 490_000);
      const code = `91360106MB${String(i % 10).padStart(6, "0")}XB`;
      sheet.addRow([code, `BX2025-${String(i).padStart(7, "0")}`, `Client ${i % 997} Ltd.`, "美国", "软件", `${executed + 5_000}.00`, `${executed}.00`, "2025-01-01", "2025-12-31", "美元"]).commit();
    }
    await workbook.commit();
    const result = await readTable(new Uint8Array(readFileSync(file)), { fileName: "inline.xlsx", maxRows: 1000 });
    rmSync(path.dirname(file), { recursive: true, force: true });
    if (!result.ok) throw new Error(result.error);
    expect(result.table.rows).toHaveLength(500);
    const damaged = result.table.rows.filter((row) => row.cells.some((cell) => typeof cell === "string" && cell.includes("\uFFFD")));
    expect(damaged.map((row) => row.rowNo)).toEqual([]);
    expect(result.table.rows.every((row) => row.cells[9] === "美元" && row.cells[3] === "美国")).toBe(true);
  });
});

describe("readTable: mapRow", () => {
  it("maps each data row as it is read, with its row number and the header, from CSV and .xlsx alike", async () => {
    const mapRow = (row: { rowNo: number; cells: unknown[] }, header: readonly string[]) => `${row.rowNo}:${header[0]}=${String(row.cells[0])}`;
    const csv = await readTable(new TextEncoder().encode("合同编号\nGJ-1\n\nGJ-2\n"), { fileName: "a.csv", maxRows: 10, mapRow });
    expect(csv.ok && csv.table.rows).toEqual(["2:合同编号=GJ-1", "3:合同编号=GJ-2"]);
    const sheet = await xlsx((ws) => {
      ws.addRow(["合同编号"]);
      ws.addRow(["GJ-1"]);
      ws.addRow([]);
      ws.addRow(["GJ-2"]);
    });
    const fromXlsx = await readTable(sheet, { fileName: "a.xlsx", maxRows: 10, mapRow });
    expect(fromXlsx.ok && fromXlsx.table.rows).toEqual(["2:合同编号=GJ-1", "4:合同编号=GJ-2"]);
    // The row limit holds with a mapper too.
    expect(await readTable(new TextEncoder().encode("a\n1\n2\n3\n"), { fileName: "a.csv", maxRows: 2, mapRow })).toEqual({ ok: false, error: "tableTooManyRows" });
  });
});
