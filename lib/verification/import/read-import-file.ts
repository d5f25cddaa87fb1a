import { readTable, type TableError } from "@/lib/spreadsheets/read-table";
import { checkMapping, type ColumnMapping, type ImportKind, type MappingProblem } from "./import-fields";
import { parseImportRow, type ParsedRow, type ReceiptRecord, type StatisticsRecord } from "./parse-import-rows";

/** A bank's yearly file of a city's exporters stays far below this; the bench imports 100,000. */
export const MAX_IMPORT_ROWS = 200_000;

export type ImportRecord = StatisticsRecord | ReceiptRecord;

export type ReadImportFile =
  | { ok: false; error: TableError; detail?: string }
  | { ok: false; error: "mappingInvalid"; problems: MappingProblem[] }
  | { ok: true; format: "csv" | "xlsx"; encoding: string | null; headers: string[]; rows: Array<ParsedRow<ImportRecord>> };

/**
 * Reads a file and, with the reviewer's column mapping, validates every row. The preview and the
 * import both call this, so a row the preview shows as valid is one the import stores.
 */
export async function readImportFile(kind: ImportKind, fileName: string, bytes: Uint8Array, mapping: ColumnMapping): Promise<ReadImportFile> {
  // Each row is validated as it is read (readTable's mapRow): only the records are kept.
  let fitted: ColumnMapping | null = null;
  let problems: MappingProblem[] = [];
  const table = await readTable(bytes, {
    fileName,
    maxRows: MAX_IMPORT_ROWS,
    mapRow: (row, header): ParsedRow<ImportRecord> | null => {
      if (!fitted) {
        fitted = header.map((_, i) => mapping[i] ?? null);
        problems = checkMapping(kind, fitted);
      }
      return problems.length > 0 ? null : (parseImportRow(kind, row.rowNo, row.cells, header, fitted) as ParsedRow<ImportRecord>);
    },
  });
  if (!table.ok) return table;
  const { header, rows, format, encoding } = table.table;
  if (problems.length > 0) return { ok: false, error: "mappingInvalid", problems };
  return { ok: true, format, encoding, headers: header, rows: rows as Array<ParsedRow<ImportRecord>> };
}
