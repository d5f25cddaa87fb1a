import Papa from "papaparse";
import { COHORT_COLUMNS } from "./cohort-columns";
import type { CohortImportReport } from "./import-cohort";

/**
 * The rejected rows of an import as CSV (row number, name, column, reason), in the reader's
 * language: `translate` maps a "validation" key to its text, `language` picks column headers.
 */
export function rejectedRowsCsv(
  report: Pick<CohortImportReport, "rejected">,
  language: "zh" | "en",
  translate: (key: string) => string,
  headers: [string, string, string, string],
): string {
  const columnLabel = new Map<string, string>(COHORT_COLUMNS.map((c) => [c.key, c[language]]));
  const rows: string[][] = [headers];
  for (const row of report.rejected) {
    for (const error of row.errors) {
      rows.push([String(row.rowNo), row.name, columnLabel.get(error.column) ?? "", translate(error.message)]);
    }
  }
  return "\uFEFF" + Papa.unparse(rows) + "\r\n";
}
