import { PassThrough, Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import ExcelJS from "exceljs";
import { CSV_BOM, csvLines, type CsvRow } from "./csv";
import { chinaDateTimeText, chinaWallClock } from "./china-time";
import { exportHeader, exportValues, type ExportColumn, type ExportValue } from "./export-columns";
import type { ExportFormat } from "./export-format";
import type { ExportLabels } from "./export-labels";
import { numberCell, yuanCell, yuanFromFen } from "./spreadsheet-cell";

/** What the caller hears while the file is written: after every page, and once at the end. */
export interface ExportHooks {
  page?(rowsWritten: number): Promise<void> | void;
  end?(outcome: { ok: boolean; rowsWritten: number }): Promise<void> | void;
}

export interface WriteExportOptions<Row> {
  format: ExportFormat;
  columns: readonly ExportColumn<Row>[];
  /** The rows, a page at a time: the writer holds one page, never the whole export. */
  pages: AsyncIterable<readonly Row[]>;
  labels: ExportLabels;
  /** Message key of the Excel sheet's name. */
  sheetName: string;
  /** CSV only: quote every field (the bank file's convention). */
  quoteAll?: boolean;
  hooks?: ExportHooks;
}

/** Excel number formats: yuan with thousands separators and two decimals; a China time to the second. */
export const YUAN_NUMBER_FORMAT = "#,##0.00";
export const DATE_TIME_NUMBER_FORMAT = "yyyy-mm-dd hh:mm:ss";

/**
 * An export as a byte stream, CSV (BOM, CRLF, lib/exports/csv.ts) or Excel (.xlsx, exceljs's
 * streaming writer), from rows that arrive page by page. The next page is read only once the
 * reader has taken the bytes of the last one (the stream's back-pressure), so a download of
 * 100,000 rows holds about one page in memory, however slow the reader. A reader who cancels
 * (closes the tab) stops the reading of pages.
 */
export function writeExport<Row>(options: WriteExportOptions<Row>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  void pump(out, options);
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

interface SheetSink {
  header(labels: string[]): void;
  rows(rows: ExportValue[][]): void;
  /** Resolves once what was written has moved on towards the reader. */
  settle(): Promise<void>;
  /** Writes the file's last bytes into `out`, leaving `out` open. */
  finish(): Promise<void>;
}

class ExportCancelled extends Error {}

async function pump<Row>(out: PassThrough, options: WriteExportOptions<Row>): Promise<void> {
  let rowsWritten = 0;
  try {
    const sink = options.format === "xlsx" ? xlsxSink(out, options) : csvSink(out, options.quoteAll ?? false);
    sink.header(exportHeader(options.columns, options.labels));
    for await (const page of options.pages) {
      if (out.destroyed) throw new ExportCancelled();
      sink.rows(page.map((row) => exportValues(options.columns, row, options.labels)));
      rowsWritten += page.length;
      await sink.settle();
      await quietly(() => options.hooks?.page?.(rowsWritten));
      await roomFor(out);
    }
    if (out.destroyed) throw new ExportCancelled();
    await sink.finish();
    // Recorded before the last byte goes: once the browser has the whole file, the bar says done.
    await quietly(() => options.hooks?.end?.({ ok: true, rowsWritten }));
    out.end();
  } catch (error) {
    // A cancelled download ends quietly; a failure (a database error mid-way) breaks the
    // download, so the browser shows it failed instead of saving a file that looks complete.
    out.destroy(error instanceof ExportCancelled ? undefined : (error as Error));
    await quietly(() => options.hooks?.end?.({ ok: false, rowsWritten }));
  }
}

/** Progress is for the page's bar: a failure to record it must not break the file itself. */
async function quietly(hook: () => Promise<void> | void): Promise<void> {
  try {
    await hook();
  } catch {
    // The bar stalls; the download goes on.
  }
}

/** Resolves once the reader has taken what is buffered (or has gone). */
function roomFor(out: PassThrough): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("close", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
  });
}

function csvCell(value: ExportValue): CsvRow[number] {
  switch (value.kind) {
    case "empty":
      return null;
    case "text":
      return value.text;
    case "yuan":
      return yuanCell(value.fen);
    case "dateTime":
      return chinaDateTimeText(value.at);
    case "number":
      return numberCell(value.value);
  }
}

function csvSink(out: PassThrough, quoteAll: boolean): SheetSink {
  return {
    header: (labels) => out.write(CSV_BOM + csvLines([labels], { quoteAll })),
    rows: (rows) => {
      if (rows.length > 0) out.write(csvLines(rows.map((row) => row.map(csvCell)), { quoteAll }));
    },
    settle: () => Promise.resolve(),
    finish: () => Promise.resolve(),
  };
}

/**
 * Excel cells keep their types: text is a text cell (never a formula, whatever it starts with:
 * exceljs writes a formula only from an explicit { formula } value, which this writer never
 * builds, so "=cmd|..." stays the text it is, without the apostrophe CSV needs), yuan and counts
 * are numbers, times are dates shown in China time.
 */
function xlsxCell(value: ExportValue): ExcelJS.CellValue {
  switch (value.kind) {
    case "empty":
      return null;
    case "text":
      return value.text;
    case "yuan":
      // From the exact decimal text of the fen: 123456 fen → 1234.56, never 1234.5600000001.
      return Number(yuanFromFen(value.fen));
    case "dateTime":
      return chinaWallClock(value.at);
    case "number":
      return Number(value.value);
  }
}

/** How much of a sheet's XML may wait for the zip before the next page is read. */
const SHEET_BACKLOG_BYTES = 1024 * 1024;

/**
 * exceljs 4.4 (pinned) hands a sheet's XML to the zip through a stream whose back-pressure it
 * ignores: a page written faster than it is compressed waits there, and over 100,000 rows that
 * grew to the whole uncompressed sheet. So after each page this waits until that stream holds
 * less than SHEET_BACKLOG_BYTES (internals: `_stream.pipes[0]._writableState.length`; were they
 * to change, nothing waits and the memory test in write-export.test.ts fails).
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet, out: PassThrough): Promise<void> {
  const pipe = (sheet as unknown as { _stream?: { pipes?: Array<{ _writableState?: { length: number } }> } })._stream?.pipes?.[0];
  const state = pipe?._writableState;
  while (state && state.length > SHEET_BACKLOG_BYTES && !out.destroyed) await sleep(5);
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
function sheetTitle(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim() || "Sheet1";
}

function xlsxSink<Row>(out: PassThrough, options: WriteExportOptions<Row>): SheetSink {
  // The zip ends the stream it writes to; `out` must stay open until the end is recorded.
  const zip = new PassThrough();
  zip.pipe(out, { end: false });
  // No shared strings: that table is held in memory until the end, one entry per distinct text.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: zip, useStyles: true, useSharedStrings: false });
  const name = options.labels.has(options.sheetName) ? options.labels.t(options.sheetName) : options.sheetName;
  const sheet = workbook.addWorksheet(sheetTitle(name), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = options.columns.map((column) => ({
    key: column.key,
    width: column.width ?? (column.kind === "dateTime" ? 20 : column.kind === "yuan" ? 16 : 14),
    style: column.kind === "yuan" ? { numFmt: YUAN_NUMBER_FORMAT } : column.kind === "dateTime" ? { numFmt: DATE_TIME_NUMBER_FORMAT } : {},
  }));
  return {
    header: (labels) => {
      const row = sheet.addRow(labels);
      row.font = { bold: true };
      row.commit();
    },
    rows: (rows) => {
      let last: ExcelJS.Row | undefined;
      for (const values of rows) last = sheet.addRow(values.map(xlsxCell));
      // Committing the page's last row writes the page out and lets its rows go.
      last?.commit();
    },
    settle: () => zipCaughtUp(sheet, out),
    finish: async () => {
      sheet.commit();
      await workbook.commit();
      // Every byte of the zip handed on to `out` (or the reader gone).
      await new Promise<void>((resolve) => {
        if (zip.readableEnded || out.destroyed) return resolve();
        zip.once("end", resolve);
        out.once("close", resolve);
      });
    },
  };
}
