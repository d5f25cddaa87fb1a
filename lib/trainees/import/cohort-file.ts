import Papa from "papaparse";
import { csvFile } from "@/lib/exports/csv";
import { COHORT_COLUMNS, mapCohortHeaders, recordFromRow, type CohortRecord } from "./cohort-columns";
import { parseCohortRow, type CohortRowInputs, type RowError } from "./cohort-row";
import { looksLikeZip, readXlsxAsText, type TableError } from "@/lib/spreadsheets/read-table";
import { decodeCsvBytes, type CsvEncoding } from "./decode-csv";

export const MAX_COHORT_ROWS = 20_000;

export interface ParsedCohortRow {
  /** Line of the file, counting the header as line 1 (what a spreadsheet shows). */
  rowNo: number;
  record: CohortRecord;
  inputs: CohortRowInputs | null;
  errors: RowError[];
}

export type ParsedCohortFile =
  | { ok: true; encoding: CsvEncoding | "xlsx"; rows: ParsedCohortRow[] }
  | { ok: false; error: "csvEmpty" | "csvTooManyRows" | "csvHeaders" | Exclude<TableError, "tableEmpty" | "tableTooManyRows">; missing?: string[]; unknown?: string[]; duplicated?: string[] };

/**
 * A cohort upload, CSV or .xlsx (the first sheet, read by lib/spreadsheets, which refuses renamed
 * executables, zip bombs, merged headers and formulas without a value): the same columns and the
 * same row errors either way.
 */
export async function parseCohortUpload(bytes: Uint8Array): Promise<ParsedCohortFile> {
  if (!looksLikeZip(bytes)) return parseCohortFile(bytes);
  const table = await readXlsxAsText(bytes, MAX_COHORT_ROWS);
  if (!table.ok) {
    const { error } = table;
    return { ok: false, error: error === "tableTooManyRows" ? "csvTooManyRows" : error === "tableEmpty" ? "csvEmpty" : error };
  }
  return parseCohortRows(table.rows, "xlsx");
}

/** Decodes, splits and validates a cohort CSV file row by row. Pure: no database. */
export function parseCohortFile(bytes: Uint8Array): ParsedCohortFile {
  const { text, encoding } = decodeCsvBytes(bytes);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  return parseCohortRows(parsed.data, encoding);
}

function parseCohortRows(table: string[][], encoding: CsvEncoding | "xlsx"): ParsedCohortFile {
  const [header, ...data] = table;
  if (!header) return { ok: false, error: "csvEmpty" };
  if (data.length > MAX_COHORT_ROWS) return { ok: false, error: "csvTooManyRows" };
  const mapping = mapCohortHeaders(header);
  if (!mapping.ok) return { ok: false, error: "csvHeaders", missing: mapping.missing, unknown: mapping.unknown, duplicated: mapping.duplicated };
  const rows = data.map((row, i) => {
    const record = recordFromRow(row, mapping.indexOf);
    const result = parseCohortRow(record);
    return { rowNo: i + 2, record, inputs: result.ok ? result.inputs : null, errors: result.ok ? [] : result.errors };
  });
  return { ok: true, encoding, rows };
}

/** The template file: header row plus one example row, with a BOM so spreadsheet programs read UTF-8. */
export function cohortTemplateCsv(language: "zh" | "en"): string {
  const header = COHORT_COLUMNS.map((c) => c[language]);
  const example = [
    "李明", "360102200103150017", "南昌大学", language === "zh" ? "本科" : "Undergraduate", language === "zh" ? "毕业生" : "Graduate",
    "13900000000", "中国银行南昌分行", "6216610100001234567", "Java 软件开发", "2024-03-01", "2024-07-15",
    language === "zh" ? "是" : "yes", "NC-2024-0001", "2024-07-20", "91310115MA1HPJ006L", "上海浦江信息技术有限公司", language === "zh" ? "上海" : "Shanghai", "2024-07-25", "2024-08-01", "2026-07-31",
  ];
  return csvFile(header, [example]);
}
