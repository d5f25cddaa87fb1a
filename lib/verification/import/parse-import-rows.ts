// One row of an official-data file → the record to store, or the row's errors. Pure: the
// database half (whose enterprise, duplicates, bank references already held) is analyse-import.ts.
import { checkCreditCode } from "@/lib/eligibility";
import { cellText, headerInTenThousands, parseAmountCell, parseCurrencyCell, parseDateCell, parsePeriodCell } from "@/lib/spreadsheets/cells";
import type { Cell } from "@/lib/spreadsheets/read-table";
import type { ColumnMapping, ImportField, ImportKind } from "./import-fields";

export interface RowIssue {
  field: ImportField | "_row";
  /** Key of the "verificationImport.rowErrors" messages. */
  message: string;
}

export interface StatisticsRecord {
  creditCode: string;
  contractNo: string;
  clientName: string;
  clientCountry: string;
  serviceCategory: string;
  contractMinor: bigint | null;
  executedMinor: bigint;
  currency: string;
  periodStart: string;
  periodEnd: string;
}

export interface ReceiptRecord {
  creditCode: string;
  receivedOn: string;
  amountMinor: bigint;
  currency: string;
  payerName: string;
  payerCountry: string;
  bankReference: string;
}

export type ParsedRow<R> = { rowNo: number; label: string; record: R | null; errors: RowIssue[] };

const TEXT_MAX = 200;

/** The row's cells by field, and which amount columns are headed in 万元. */
interface RowView {
  cell(field: ImportField): Cell | undefined;
  mapped(field: ImportField): boolean;
  inTenThousands(field: ImportField): boolean;
}

function rowView(cells: readonly Cell[], headers: readonly string[], mapping: ColumnMapping): RowView {
  const index = new Map<ImportField, number>();
  mapping.forEach((field, i) => field && index.set(field, i));
  return {
    cell: (field) => {
      const i = index.get(field);
      return i === undefined ? undefined : cells[i];
    },
    mapped: (field) => index.has(field),
    inTenThousands: (field) => {
      const i = index.get(field);
      return i !== undefined && headerInTenThousands(headers[i] ?? "");
    },
  };
}

function text(view: RowView, field: ImportField, errors: RowIssue[], required: boolean): string {
  const value = cellText(view.cell(field));
  if (value.includes("\u0000")) errors.push({ field, message: "nulCharacter" });
  else if (required && !value) errors.push({ field, message: "required" });
  else if (value.length > TEXT_MAX) errors.push({ field, message: "tooLong" });
  return value;
}

function creditCode(view: RowView, errors: RowIssue[]): string {
  const raw = cellText(view.cell("creditCode"));
  if (!raw) {
    errors.push({ field: "creditCode", message: "required" });
    return "";
  }
  const checked = checkCreditCode(raw);
  if (!checked.valid) errors.push({ field: "creditCode", message: "creditCodeInvalid" });
  return checked.valid ? checked.code : raw;
}

function amount(view: RowView, field: ImportField, errors: RowIssue[], required: boolean): bigint | null {
  const cell = view.cell(field);
  if (!required && cellText(cell) === "") return null;
  if (cellText(cell) === "") {
    errors.push({ field, message: "required" });
    return null;
  }
  const parsed = parseAmountCell(cell, view.inTenThousands(field));
  if (!parsed.ok) {
    errors.push({ field, message: parsed.error });
    return null;
  }
  return parsed.minor;
}

function date(view: RowView, field: ImportField, errors: RowIssue[]): string | null {
  const cell = view.cell(field);
  if (cellText(cell) === "") {
    errors.push({ field, message: "required" });
    return null;
  }
  const parsed = parseDateCell(cell);
  if (!parsed) errors.push({ field, message: "dateInvalid" });
  return parsed;
}

function currency(view: RowView, errors: RowIssue[]): string {
  const parsed = parseCurrencyCell(view.cell("currency"));
  if (!parsed) errors.push({ field: "currency", message: cellText(view.cell("currency")) ? "currencyInvalid" : "required" });
  return parsed ?? "";
}

export function parseStatisticsRow(rowNo: number, cells: readonly Cell[], headers: readonly string[], mapping: ColumnMapping): ParsedRow<StatisticsRecord> {
  const view = rowView(cells, headers, mapping);
  const errors: RowIssue[] = [];
  const code = creditCode(view, errors);
  const contractNo = text(view, "contractNo", errors, true);
  const clientName = text(view, "clientName", errors, true);
  const clientCountry = text(view, "clientCountry", errors, false);
  const serviceCategory = text(view, "serviceCategory", errors, false);
  const contractMinor = view.mapped("contractAmount") ? amount(view, "contractAmount", errors, false) : null;
  const executedMinor = amount(view, "executedAmount", errors, true);
  const cur = currency(view, errors);
  let period: { start: string; end: string } | null = null;
  if (view.mapped("periodStart") && view.mapped("periodEnd")) {
    const start = date(view, "periodStart", errors);
    const end = date(view, "periodEnd", errors);
    if (start && end) period = { start, end };
  } else {
    const cell = view.cell("period");
    period = parsePeriodCell(cell);
    if (!period) errors.push({ field: "period", message: cellText(cell) ? "periodInvalid" : "required" });
  }
  if (period && period.end < period.start) {
    errors.push({ field: view.mapped("periodEnd") ? "periodEnd" : "period", message: "periodEndBeforeStart" });
  }
  if (contractMinor !== null && executedMinor !== null && executedMinor > contractMinor) {
    errors.push({ field: "executedAmount", message: "executedAboveContract" });
  }
  const label = [code, contractNo].filter(Boolean).join(" · ");
  if (errors.length > 0 || executedMinor === null || !period) return { rowNo, label, record: null, errors };
  return {
    rowNo,
    label,
    errors,
    record: { creditCode: code, contractNo, clientName, clientCountry, serviceCategory, contractMinor, executedMinor, currency: cur, periodStart: period.start, periodEnd: period.end },
  };
}

export function parseReceiptRow(rowNo: number, cells: readonly Cell[], headers: readonly string[], mapping: ColumnMapping): ParsedRow<ReceiptRecord> {
  const view = rowView(cells, headers, mapping);
  const errors: RowIssue[] = [];
  const code = creditCode(view, errors);
  const receivedOn = date(view, "receivedOn", errors);
  const amountMinor = amount(view, "amount", errors, true);
  if (amountMinor === 0n) errors.push({ field: "amount", message: "amountZero" });
  const cur = currency(view, errors);
  const payerName = text(view, "payerName", errors, true);
  const payerCountry = text(view, "payerCountry", errors, false);
  const bankReference = text(view, "bankReference", errors, true);
  const label = [code, bankReference].filter(Boolean).join(" · ");
  if (errors.length > 0 || amountMinor === null || !receivedOn) return { rowNo, label, record: null, errors };
  return { rowNo, label, errors, record: { creditCode: code, receivedOn, amountMinor, currency: cur, payerName, payerCountry, bankReference } };
}

export function parseImportRow(kind: ImportKind, rowNo: number, cells: readonly Cell[], headers: readonly string[], mapping: ColumnMapping) {
  return kind === "STATISTICS" ? parseStatisticsRow(rowNo, cells, headers, mapping) : parseReceiptRow(rowNo, cells, headers, mapping);
}
