import type { ExportLabels } from "./export-labels";

/**
 * One column of an export, written the same way to CSV and to Excel. `label` is the message key
 * of its header; `kind` says what the value is, and so how each writer puts it down:
 *
 * - text: what a person may have typed (names, references): neutralised in CSV, a text cell in Excel;
 * - yuan: an amount in fen, written as yuan with two decimals (a number in both formats);
 * - dateTime: a moment, written in China Standard Time;
 * - number: a count or a year, computed by the portal;
 * - code: a stored code (status, kind, district, reason), written as its label in the reader's
 *   language from messages `<messages>.<code>`; a list of codes is joined with `separator` (a
 *   message key). A code without a message is written as it is, never dropped.
 */
export type ExportColumn<Row> = {
  key: string;
  label: string;
  /** Excel column width in characters; CSV ignores it. */
  width?: number;
} & (
  | { kind: "text"; value: (row: Row, labels: ExportLabels) => string | null | undefined }
  | { kind: "yuan"; value: (row: Row) => number | bigint | null | undefined }
  | { kind: "dateTime"; value: (row: Row) => Date | null | undefined }
  | { kind: "number"; value: (row: Row) => number | bigint | null | undefined }
  | { kind: "code"; messages: string; separator?: string; value: (row: Row) => string | readonly string[] | null | undefined }
);

export type ExportColumnKind = ExportColumn<unknown>["kind"];

/** A cell before a writer formats it: the column's kind with the value resolved, labels in the reader's language. */
export type ExportValue =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "yuan"; fen: number | bigint }
  | { kind: "dateTime"; at: Date }
  | { kind: "number"; value: number | bigint };

const EMPTY: ExportValue = { kind: "empty" };

function codeLabel(labels: ExportLabels, messages: string, code: string): string {
  const key = `${messages}.${code}`;
  return labels.has(key) ? labels.t(key) : code;
}

/** One row's cells, in the columns' order. */
export function exportValues<Row>(columns: readonly ExportColumn<Row>[], row: Row, labels: ExportLabels): ExportValue[] {
  return columns.map((column): ExportValue => {
    switch (column.kind) {
      case "text": {
        const text = column.value(row, labels);
        return text === null || text === undefined ? EMPTY : { kind: "text", text };
      }
      case "yuan": {
        const fen = column.value(row);
        return fen === null || fen === undefined ? EMPTY : { kind: "yuan", fen };
      }
      case "dateTime": {
        const at = column.value(row);
        return at ? { kind: "dateTime", at } : EMPTY;
      }
      case "number": {
        const value = column.value(row);
        return value === null || value === undefined ? EMPTY : { kind: "number", value };
      }
      case "code": {
        const code = column.value(row);
        if (code === null || code === undefined) return EMPTY;
        if (typeof code === "string") return { kind: "text", text: codeLabel(labels, column.messages, code) };
        const separator = column.separator && labels.has(column.separator) ? labels.t(column.separator) : "; ";
        return { kind: "text", text: code.map((c) => codeLabel(labels, column.messages, c)).join(separator) };
      }
    }
  });
}

/** The header row: each column's label in the reader's language. */
export function exportHeader<Row>(columns: readonly ExportColumn<Row>[], labels: ExportLabels): string[] {
  return columns.map((column) => (labels.has(column.label) ? labels.t(column.label) : column.key));
}
