/**
 * One cell of a CSV file the bureau opens in a spreadsheet (write-export.ts builds them from an
 * export's typed columns; its Excel writer keeps the same two kinds as text and number cells,
 * where text needs no apostrophe: an Excel text cell is never run). Two kinds:
 *
 * - **text** (a plain string): anything that can hold what a person typed (names, banks, purposes,
 *   references, dates, statuses). A spreadsheet runs text that starts with = + - @, a tab or a
 *   carriage return as a formula (`=HYPERLINK(...)`, `@SUM(...)`, DDE); such text gets a leading
 *   apostrophe, as OWASP's CSV-injection guidance recommends, which shows it as the text it is.
 * - **number** (`numberCell`, `yuanCell`): a value the portal computed, never typed text; it is
 *   checked to be a plain decimal and written as is, so "-0.05" stays a negative number and sums.
 */
export type ExportCell = string | NumberCell | null | undefined;

export interface NumberCell {
  readonly kind: "number";
  /** A plain decimal: optional minus, digits, optional fraction ("1234.56", "-5", "2024"). */
  readonly text: string;
}

/** What a writer puts into the file: the neutralised text, or the number as written. */
export type SpreadsheetValue = { kind: "text"; text: string } | NumberCell;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
// OWASP: = + - @ start a formula, tab and CR let one follow after a cell break in some programs.
const FORMULA_START = /^[=+\-@\t\r]/;

export function numberCell(value: number | bigint | string): NumberCell {
  const text = typeof value === "string" ? value : value.toString();
  if ((typeof value === "number" && !Number.isFinite(value)) || !PLAIN_DECIMAL.test(text)) {
    // A programming error, never user input: a number cell is only built from computed values.
    throw new TypeError("numberCell takes a plain decimal");
  }
  return { kind: "number", text };
}

/** Fen as yuan with two decimals, by integer arithmetic only: 123456 → "1234.56", -5 → "-0.05". */
export function yuanFromFen(fen: number | bigint): string {
  const value = BigInt(fen);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** An amount in fen as a number cell in yuan. */
export function yuanCell(fen: number | bigint): NumberCell {
  return numberCell(yuanFromFen(fen));
}

/** Text a spreadsheet would run as a formula, prefixed with an apostrophe; other text unchanged. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The one place a cell becomes what a CSV file holds. */
export function spreadsheetValue(cell: ExportCell): SpreadsheetValue {
  if (cell === null || cell === undefined) return { kind: "text", text: "" };
  if (typeof cell === "string") return { kind: "text", text: neutraliseText(cell) };
  return numberCell(cell.text);
}
