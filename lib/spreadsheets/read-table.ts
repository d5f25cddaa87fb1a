import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import Papa from "papaparse";
import { decodeText, type TextEncoding } from "./decode-text";
import { checkZip, inflateEntry, type ZipEntry } from "./zip-guard";

/** A cell as the row parsers see it: CSV gives text; .xlsx also numbers, booleans and dates (UTC midnight). */
export type Cell = string | number | boolean | Date | null;

export const MAX_TABLE_BYTES = 50 * 1024 * 1024;

/** Why a whole file is refused (keys of the "validation" messages). */
export type TableError =
  | "tableTooLarge"
  | "tableEmpty"
  | "tableTooManyRows"
  | "xlsxNotZip"
  | "xlsxTooLarge"
  | "xlsxMergedHeader"
  | "xlsxFormulaWithoutValue"
  | "fileFormatUnknown";

/** A data row after the header; `rowNo` is the line a spreadsheet program shows. */
export interface TableRow {
  rowNo: number;
  cells: Cell[];
}

export interface Table<R = TableRow> {
  format: "csv" | "xlsx";
  /** CSV only. */
  encoding: TextEncoding | null;
  header: string[];
  /** The data rows, each as `mapRow` made it (by default the row itself). */
  rows: R[];
}

export type TableResult<R = TableRow> = { ok: true; table: Table<R> } | { ok: false; error: TableError; detail?: string };

/**
 * Turns each row into what the caller keeps, as it is read. An import of 100,000 rows keeps its
 * parsed records only: a row's cells become garbage while young, instead of 100,000 arrays of
 * cells living (and being promoted by the garbage collector) until the whole file is read.
 */
export type MapRow<R> = (row: TableRow, header: readonly string[]) => R;

const keepRow: MapRow<TableRow> = (row) => row;

interface ReadTableOptions<R> {
  fileName: string;
  maxRows: number;
  mapRow?: MapRow<R>;
}

const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === null || (typeof c === "string" && c.trim() === ""));

/**
 * Reads the first sheet of an .xlsx or a CSV file into a header and rows, refusing the whole file
 * with a reason when it cannot be trusted: over 50 MB, "xlsx" that is not a zip (a renamed .exe),
 * a zip that would inflate past the limits, merged cells in the header, a formula without a cached
 * value (formulas are never evaluated), no data. The format comes from the bytes, not the name:
 * a zip is read as .xlsx, anything else as CSV text, except a known binary type.
 */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions<TableRow>): Promise<TableResult>;
export async function readTable<R>(bytes: Uint8Array, options: ReadTableOptions<R> & { mapRow: MapRow<R> }): Promise<TableResult<R>>;
export async function readTable<R>(bytes: Uint8Array, options: ReadTableOptions<R>): Promise<TableResult<R>> {
  if (bytes.byteLength > MAX_TABLE_BYTES) return { ok: false, error: "tableTooLarge" };
  const mapRow = options.mapRow ?? (keepRow as unknown as MapRow<R>);
  const detected = await fileTypeFromBuffer(bytes);
  const namedXlsx = /\.xlsx$/i.test(options.fileName);
  if (detected?.ext === "xlsx" || detected?.ext === "zip" || (namedXlsx && !detected)) {
    return readXlsx(bytes, options.maxRows, mapRow);
  }
  // A file named .xlsx whose bytes are something else (an executable, a PDF) is refused as such.
  if (namedXlsx || detected) return { ok: false, error: namedXlsx ? "xlsxNotZip" : "fileFormatUnknown" };
  return readCsv(bytes, options.maxRows, mapRow);
}

function readCsv<R>(bytes: Uint8Array, maxRows: number, mapRow: MapRow<R>): TableResult<R> {
  const { text, encoding } = decodeText(bytes);
  let header: string[] | null = null;
  const rows: R[] = [];
  let tooMany = false;
  // Row by row (papaparse's step), so each row is mapped as it is parsed: see MapRow.
  // papaparse drops blank lines, so a row's number is its position among the kept ones + 2; the
  // cursor of each row would be exact, but exports have no blank lines between records.
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: "greedy",
    step: ({ data: cells }, parser) => {
      if (!header) {
        header = cells.map((h) => h.trim());
        return;
      }
      if (rows.length >= maxRows) {
        tooMany = true;
        parser.abort();
        return;
      }
      rows.push(mapRow({ rowNo: rows.length + 2, cells }, header));
    },
  });
  if (tooMany) return { ok: false, error: "tableTooManyRows" };
  if (!header || rows.length === 0) return { ok: false, error: "tableEmpty" };
  return { ok: true, table: { format: "csv", encoding, header, rows } };
}

type ExcelValue = ExcelJS.CellValue | undefined;

class FormulaWithoutValue extends Error {
  constructor(readonly address: string) {
    super(address);
  }
}

/** A cell's value as data: formulas give their cached result, rich text and links their text. */
function cellOf(value: ExcelValue, address: string): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null || (typeof result === "number" && Number.isNaN(result))) throw new FormulaWithoutValue(address);
      if (typeof result === "object" && !(result instanceof Date)) throw new FormulaWithoutValue(address);
      return result as Cell;
    }
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    // An error cell (#N/A, #REF!): its text, which no field accepts, so the row reports it.
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

const MERGE = /<mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g;

/** Whether a merged range of the sheet touches the header row (exceljs's streaming reader ignores merges). */
async function headerIsMerged(bytes: Uint8Array, entry: ZipEntry, headerRow: number): Promise<boolean> {
  let merged = false;
  let tail = "";
  await inflateEntry(bytes, entry, (text) => {
    const chunk = tail + text;
    for (const m of chunk.matchAll(MERGE)) {
      const from = Number(m[2]);
      const to = Number(m[4] ?? m[2]);
      if (from <= headerRow && headerRow <= to) merged = true;
    }
    tail = chunk.slice(-200);
  });
  return merged;
}

async function readXlsx<R>(bytes: Uint8Array, maxRows: number, mapRow: MapRow<R>): Promise<TableResult<R>> {
  const zip = await checkZip(bytes);
  if (!zip.ok) return zip;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles tell a date cell from a number; hyperlinks are not data.
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let header: string[] | null = null;
  let headerRow = 0;
  let sheetId: string | number | null = null;
  const rows: R[] = [];
  try {
    for await (const worksheet of reader) {
      if (sheetId !== null) continue; // only the first sheet; the others are drained unread
      sheetId = (worksheet as unknown as { id: string | number }).id;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const cells: Cell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = cellOf(cell.value, cell.address);
        });
        for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
        if (isBlank(cells)) continue;
        if (!header) {
          header = cells.map((c) => (c === null ? "" : String(c).trim()));
          headerRow = row.number;
          continue;
        }
        if (rows.length >= maxRows) return { ok: false, error: "tableTooManyRows" };
        rows.push(mapRow({ rowNo: row.number, cells }, header));
      }
    }
  } catch (error) {
    if (error instanceof FormulaWithoutValue) return { ok: false, error: "xlsxFormulaWithoutValue", detail: error.address };
    return { ok: false, error: "xlsxNotZip" };
  }
  if (!header || rows.length === 0) return { ok: false, error: "tableEmpty" };
  const entry = zip.entries.find((e) => e.name === `xl/worksheets/sheet${sheetId}.xml`);
  if (entry && (await headerIsMerged(bytes, entry, headerRow))) return { ok: false, error: "xlsxMergedHeader" };
  return { ok: true, table: { format: "xlsx", encoding: null, header, rows } };
}

/** Whether the bytes are a zip (an .xlsx, or something pretending to be one): its first four bytes. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The first sheet of an .xlsx as text rows (header first), for the imports that validate text
 * cells (cohort, offshore lines): date cells as YYYY-MM-DD, numbers as Excel shows them.
 */
export async function readXlsxAsText(bytes: Uint8Array, maxRows: number): Promise<{ ok: true; rows: string[][] } | { ok: false; error: TableError }> {
  const table = await readTable(bytes, { fileName: "upload.xlsx", maxRows });
  if (!table.ok) return { ok: false, error: table.error };
  const text = (cell: Cell | undefined) =>
    cell === null || cell === undefined ? "" : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
  const width = table.table.header.length;
  return {
    ok: true,
    rows: [table.table.header, ...table.table.rows.map((r) => Array.from({ length: Math.max(width, r.cells.length) }, (_, i) => text(r.cells[i])))],
  };
}
