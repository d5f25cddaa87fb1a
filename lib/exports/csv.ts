import Papa from "papaparse";
import { spreadsheetValue, type ExportCell } from "./spreadsheet-cell";

/** First bytes of every CSV file: spreadsheet programs in China then read it as UTF-8. */
export const CSV_BOM = "\uFEFF";

export interface CsvOptions {
  /** Quote every field (the bank file's convention); otherwise only where CSV needs it. */
  quoteAll?: boolean;
}

export type CsvRow = readonly ExportCell[];

/**
 * Rows as CSV lines, each ending in CRLF (RFC 4180), every cell through spreadsheetValue. For a
 * file written in parts (write-export.ts streams every export): CSV_BOM first, then csvLines per part.
 */
export function csvLines(rows: readonly CsvRow[], options: CsvOptions = {}): string {
  if (rows.length === 0) return "";
  const data = rows.map((row) => row.map((cell) => spreadsheetValue(cell).text));
  // Papa's own escapeFormulae is off: it cannot tell a negative amount from typed text.
  return Papa.unparse(data, { quotes: options.quoteAll ?? false, newline: "\r\n", escapeFormulae: false }) + "\r\n";
}

/** A whole CSV file: BOM, header row, data rows. */
export function csvFile(header: readonly string[], rows: readonly CsvRow[], options: CsvOptions = {}): string {
  return CSV_BOM + csvLines([header, ...rows], options);
}
