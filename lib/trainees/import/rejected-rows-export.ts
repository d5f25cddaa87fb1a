import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ExportColumn } from "@/lib/exports/export-columns";
import type { ExportFormat } from "@/lib/exports/export-format";
import type { ExportLabels } from "@/lib/exports/export-labels";
import { trackedExport } from "@/lib/exports/tracked-export";
import { COHORT_COLUMNS } from "./cohort-columns";
import type { CohortImportReport } from "./import-cohort";

/** One reason a row was rejected: a row of the report (a row with two errors gives two). */
export interface RejectedRowError {
  rowNo: number;
  name: string;
  column: string;
  message: string;
}

const COLUMN_LABEL = new Map<string, { zh: string; en: string }>(COHORT_COLUMNS.map((c) => [c.key, c]));

/**
 * Row number (a number cell), the name as the file had it (text, neutralised in CSV), the column
 * by its header in the reader's language, and the reason from the "validation" messages.
 */
export const REJECTED_ROW_COLUMNS: readonly ExportColumn<RejectedRowError>[] = [
  { key: "row", label: "exports.rejectedRows.row", kind: "number", value: (r) => r.rowNo, width: 8 },
  { key: "name", label: "exports.rejectedRows.name", kind: "text", value: (r) => r.name, width: 16 },
  { key: "column", label: "exports.rejectedRows.column", kind: "text", value: (r, labels) => COLUMN_LABEL.get(r.column)?.[labels.locale === "en" ? "en" : "zh"] ?? "", width: 20 },
  {
    key: "reason",
    label: "exports.rejectedRows.reason",
    kind: "text",
    value: (r, labels) => (labels.has(`validation.${r.message}`) ? labels.t(`validation.${r.message}`) : labels.t("validation.invalid")),
    width: 40,
  },
];

const PAGE = 1000;

/** The report's errors in pages (a report holds at most the import's 10,000 rows). */
export async function* rejectedRowPages(report: Pick<CohortImportReport, "rejected">): AsyncGenerator<RejectedRowError[]> {
  let page: RejectedRowError[] = [];
  for (const row of report.rejected) {
    for (const error of row.errors) {
      page.push({ rowNo: row.rowNo, name: row.name, column: error.column, message: error.message });
      if (page.length === PAGE) {
        yield page;
        page = [];
      }
    }
  }
  if (page.length > 0) yield page;
}

export interface RejectedRowsExportRequest {
  format: ExportFormat;
  labels: ExportLabels;
  userId: string;
  exportId?: string;
}

/** The rejected rows of an import, as CSV or Excel in the reader's language. */
export function exportRejectedRows(prisma: PrismaClient, report: Pick<CohortImportReport, "rejected">, request: RejectedRowsExportRequest): Promise<ReadableStream<Uint8Array>> {
  return trackedExport(
    prisma,
    { exportId: request.exportId, userId: request.userId, kind: "rejected-rows", countRows: () => report.rejected.reduce((n, r) => n + r.errors.length, 0) },
    { format: request.format, labels: request.labels, columns: REJECTED_ROW_COLUMNS, sheetName: "exports.sheet.rejectedRows", pages: rejectedRowPages(report) },
  );
}
