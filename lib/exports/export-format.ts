/** The two file formats every export comes in. */
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A format as asked for in a query string or form; anything else is the CSV that links always gave. */
export function parseExportFormat(value: unknown): ExportFormat {
  return value === "xlsx" ? "xlsx" : "csv";
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
