import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Reviewer } from "@/lib/auth/actors";
import type { ExportColumn } from "@/lib/exports/export-columns";
import type { ExportFormat } from "@/lib/exports/export-format";
import type { ExportLabels } from "@/lib/exports/export-labels";
import { yuanFromFen } from "@/lib/exports/spreadsheet-cell";
import { loadCityDistricts } from "@/lib/cities/load-city-districts";
import { districtExportText, type CityDistricts } from "@/lib/organisations/districts";
import { trackedExport } from "@/lib/exports/tracked-export";
import { countReviewQueue, currentFourEyesThresholdFen, iterateReviewQueue, type QueueFilter, type QueueRow } from "./list-review-queue";
import { recordQueueExport } from "./record-queue-export";

/**
 * The queue's columns. The amount is what an approval would grant (capped), as on the page;
 * declaredYuan what the claim declared; capReason the rule that capped it with its figures;
 * flagReasons why the row needs attention. Codes (kind, status, reasons) are written as their
 * labels in the reader's language; the district as its name in the reviewer's city's list (data,
 * typed by the province administrator: text, neutralised in CSV, as is the organisation's name,
 * which its applicant chose).
 */
export const reviewQueueColumns = (cities: readonly CityDistricts[], cityId: string): readonly ExportColumn<QueueRow>[] => [
  { key: "claimNo", label: "exports.reviewQueue.claimNo", kind: "text", value: (r) => r.claimNo, width: 18 },
  { key: "kind", label: "exports.reviewQueue.kind", kind: "code", messages: "review.claimKind", value: (r) => r.kind },
  { key: "organisation", label: "exports.reviewQueue.organisation", kind: "text", value: (r) => r.organisationName, width: 30 },
  { key: "district", label: "exports.reviewQueue.district", kind: "text", value: (r, labels) => districtExportText(cities, cityId, r.district, labels) },
  { key: "claimYear", label: "exports.reviewQueue.claimYear", kind: "number", value: (r) => r.claimYear, width: 10 },
  { key: "status", label: "exports.reviewQueue.status", kind: "code", messages: "claimStatus", value: (r) => r.status },
  { key: "amountYuan", label: "exports.reviewQueue.amountYuan", kind: "yuan", value: (r) => r.amountFen },
  { key: "submittedAt", label: "exports.reviewQueue.submittedAt", kind: "dateTime", value: (r) => r.submittedAt },
  { key: "assignedReviewer", label: "exports.reviewQueue.assignedReviewer", kind: "text", value: (r) => r.assignedReviewerName },
  { key: "flagged", label: "exports.reviewQueue.flagged", kind: "code", messages: "exports.yesNo", value: (r) => (r.flagged ? "yes" : "no"), width: 10 },
  { key: "declaredYuan", label: "exports.reviewQueue.declaredYuan", kind: "yuan", value: (r) => r.declaredFen },
  { key: "capReason", label: "exports.reviewQueue.capReason", kind: "text", value: capReasonText, width: 40 },
  { key: "flagReasons", label: "exports.reviewQueue.flagReasons", kind: "code", messages: "review.flagReason", separator: "review.flagReasonSeparator", value: (r) => r.flagReasons, width: 30 },
];

function capReasonText(r: QueueRow, labels: ExportLabels): string {
  if (!r.capReason) return "";
  const { capFen, grantedFen, entitlementFen } = r.capReason;
  return labels.t(`exports.capReason.${r.capReason.code}`, { cap: yuanFromFen(capFen), granted: yuanFromFen(grantedFen), declared: yuanFromFen(entitlementFen) });
}

export interface QueueExportRequest {
  format: ExportFormat;
  labels: ExportLabels;
  /** The page's id for this download, when it shows progress. */
  exportId?: string;
}

/**
 * The filtered queue as a CSV or Excel stream, written page by page (no row limit held in
 * memory). The export is audited before the first byte, with the filters that chose the rows.
 */
export async function exportReviewQueue(prisma: PrismaClient, reviewer: Reviewer, filter: QueueFilter, request: QueueExportRequest): Promise<ReadableStream<Uint8Array>> {
  await recordQueueExport(prisma, reviewer, filter);
  const threshold = await currentFourEyesThresholdFen(prisma, reviewer.cityId);
  const all = { ...filter, page: 1 };
  return trackedExport(
    prisma,
    { exportId: request.exportId, userId: reviewer.id, kind: "review-queue", countRows: () => countReviewQueue(prisma, reviewer, all, threshold) },
    { format: request.format, labels: request.labels, columns: reviewQueueColumns(await loadCityDistricts(prisma), reviewer.cityId), sheetName: "exports.sheet.reviewQueue", pages: iterateReviewQueue(prisma, reviewer, all, threshold) },
  );
}
