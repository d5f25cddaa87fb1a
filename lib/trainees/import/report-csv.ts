import { csvFile, type CsvRow } from "@/lib/exports/csv";
import { numberCell } from "@/lib/exports/spreadsheet-cell";
import { COHORT_COLUMNS } from "./cohort-columns";
import type { CohortImportReport } from "./import-cohort";

/**
 * The rejected rows of an import as CSV (row number, name, column, reason), in the reader's
 * language: `translate` maps a "validation" key to its text, `language` picks column headers.
 * The row number is a number cell; the name (as the file had it), column and reason are text.
 */
export function rejectedRowsCsv(
  report: Pick<CohortImportReport, "rejected">,
  language: "zh" | "en",
  translate: (key: string) => string,
  headers: [string, string, string, string],
): string {
  const columnLabel = new Map<string, string>(COHORT_COLUMNS.map((c) => [c.key, c[language]]));
  const rows: CsvRow[] = [];
  for (const row of report.rejected) {
    for (const error of row.errors) {
      rows.push([numberCell(row.rowNo), row.name, columnLabel.get(error.column) ?? "", translate(error.message)]);
    }
  }
  return csvFile(headers, rows);
}
