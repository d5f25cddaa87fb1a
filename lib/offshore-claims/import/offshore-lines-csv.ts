import Papa from "papaparse";
import { csvFile } from "@/lib/exports/csv";
import enMessages from "@/messages/en/offshoreClaim.json";
import zhMessages from "@/messages/zh-CN/offshoreClaim.json";
import enCategories from "@/messages/en/serviceCategory.json";
import zhCategories from "@/messages/zh-CN/serviceCategory.json";
import { SERVICE_CATEGORIES } from "@/lib/offshore-claims/service-categories";
import { offshoreLineSchema, type OffshoreLineInput } from "@/lib/schemas/offshore-claim";

/**
 * CSV import of offshore contract lines. The columns are fixed; their headers are the
 * `csv.headers` texts of messages/{zh-CN,en}/offshoreClaim.json, and a file with either
 * language's headers (or the column keys themselves) is accepted, in any column order.
 * The service category may be its code (SOFTWARE) or its name in either language.
 */
export const CSV_COLUMNS = [
  "contractRegNo",
  "clientName",
  "clientCountry",
  "serviceCategory",
  "contractValueUsd",
  "executedUsd",
  "fxReceiptDate",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Row numbers as a spreadsheet shows them: the header is row 1, the first line row 2. */
export interface CsvRowError {
  row: number;
  /** A column key, or null for a problem with the whole file. */
  column: CsvColumn | null;
  /** A key of the "validation" namespace. */
  code: string;
}

export type CsvParseResult = { ok: true; lines: OffshoreLineInput[] } | { ok: false; errors: CsvRowError[] };

const MAX_ROWS = 500;

function normalise(text: string): string {
  return text.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/\s+/g, " ");
}

const HEADER_TO_COLUMN = new Map<string, CsvColumn>();
for (const column of CSV_COLUMNS) {
  for (const text of [column, enMessages.csv.headers[column], zhMessages.csv.headers[column]]) HEADER_TO_COLUMN.set(normalise(text), column);
}

const CATEGORY_BY_TEXT = new Map<string, string>();
for (const code of SERVICE_CATEGORIES) {
  for (const text of [code, enCategories[code], zhCategories[code]]) CATEGORY_BY_TEXT.set(normalise(text), code);
}

/** The template's header row in the reader's language, plus one example row. */
export function offshoreLinesCsvTemplate(locale: "zh-CN" | "en"): string {
  const messages = locale === "en" ? enMessages : zhMessages;
  const header = CSV_COLUMNS.map((column) => messages.csv.headers[column]);
  const example = ["MOC2025-0001", "Example Client Ltd.", "US", "SOFTWARE", "250000.00", "210000.00", "2025-06-30"];
  // BOM first (csvFile), so that Excel on Windows opens the UTF-8 file with the Chinese headers intact.
  return csvFile(header, [example]);
}

/** Text of an uploaded file: UTF-8 (with or without BOM), or GB18030 as saved by Chinese Excel. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * Parses and validates every row with the same schema as the form. All problems are reported,
 * each with its row number; no line is returned unless every row is valid.
 * `existingRegNos` are the contract numbers already on the draft (a row repeating one is refused).
 */
export function parseOffshoreLinesCsv(text: string, existingRegNos: readonly string[] = []): CsvParseResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  return parseOffshoreLineRows(parsed.data, existingRegNos);
}

/** The same validation for rows already split (the text rows of an .xlsx's first sheet, header first). */
export function parseOffshoreLineRows(rows: string[][], existingRegNos: readonly string[] = []): CsvParseResult {
  if (rows.length === 0) return { ok: false, errors: [{ row: 1, column: null, code: "csvEmpty" }] };

  const header = rows[0]!.map((cell) => HEADER_TO_COLUMN.get(normalise(cell)) ?? null);
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) return { ok: false, errors: missing.map((column) => ({ row: 1, column, code: "csvColumnMissing" })) };
  if (rows.length === 1) return { ok: false, errors: [{ row: 1, column: null, code: "csvEmpty" }] };
  if (rows.length - 1 > MAX_ROWS) return { ok: false, errors: [{ row: MAX_ROWS + 2, column: null, code: "tooManyLines" }] };

  const errors: CsvRowError[] = [];
  const lines: OffshoreLineInput[] = [];
  const seen = new Set(existingRegNos.map((regNo) => regNo.toUpperCase()));
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    const record: Record<string, string> = {};
    header.forEach((column, position) => {
      if (column) record[column] = (cells[position] ?? "").trim();
    });
    const category = CATEGORY_BY_TEXT.get(normalise(record.serviceCategory ?? ""));
    const candidate = {
      ...record,
      clientCountry: (record.clientCountry ?? "").toUpperCase(),
      serviceCategory: category ?? record.serviceCategory,
    };
    const result = offshoreLineSchema.safeParse(candidate);
    if (!result.success) {
      const reported = new Set<string>();
      for (const issue of result.error.issues) {
        const column = (issue.path[0] as CsvColumn | undefined) ?? null;
        const key = `${column}`;
        if (reported.has(key)) continue;
        reported.add(key);
        errors.push({ row, column, code: column === "serviceCategory" ? "serviceCategory" : issue.message });
      }
      return;
    }
    const regNo = result.data.contractRegNo.toUpperCase();
    if (seen.has(regNo)) {
      errors.push({ row, column: "contractRegNo", code: "contractRegNoDuplicate" });
      return;
    }
    seen.add(regNo);
    lines.push(candidate as OffshoreLineInput);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lines };
}
