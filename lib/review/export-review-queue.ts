import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Reviewer } from "@/lib/auth/actors";
import { CSV_BOM, csvLines, type CsvRow } from "@/lib/exports/csv";
import { numberCell, yuanCell, yuanFromFen } from "@/lib/exports/spreadsheet-cell";
import { currentFourEyesThresholdFen, iterateReviewQueue, type QueueFilter, type QueueRow } from "./list-review-queue";
import { recordQueueExport } from "./record-queue-export";

export const REVIEW_QUEUE_CSV_HEADER = ["claimNo", "kind", "organisation", "district", "claimYear", "status", "amountYuan", "submittedAt", "assignedReviewer", "flagged", "declaredYuan", "capReason", "flagReasons"];

/**
 * One queue row as cells. Numbers: the claim year, the amounts in yuan, the flag (0/1). Text, and
 * so neutralised: everything else, above all the organisation's name, which its applicant chose.
 * The amount is what an approval would grant (capped), as on the page; declaredYuan what the claim
 * declared; capReason the rule that capped it with its figures; flagReasons the codes, "; "-joined
 * (stable for spreadsheets: the page shows them in the reader's language).
 */
export function reviewQueueCsvRow(r: QueueRow): CsvRow {
  return [r.claimNo, r.kind, r.organisationName, r.district, numberCell(r.claimYear), r.status, yuanCell(r.amountFen), r.submittedAt?.toISOString() ?? "", r.assignedReviewerName ?? "", numberCell(r.flagged ? 1 : 0), yuanCell(r.declaredFen), capReasonCell(r), r.flagReasons.join("; ")];
}

function capReasonCell(r: QueueRow): string {
  if (!r.capReason) return "";
  const { code, capFen, grantedFen, entitlementFen } = r.capReason;
  return `${code}: cap ${yuanFromFen(capFen)}, granted ${yuanFromFen(grantedFen)}, declared ${yuanFromFen(entitlementFen)}`;
}

/**
 * The filtered queue as a CSV stream, written page by page (no row limit held in memory). The
 * export is audited before the first byte, with the filters that chose the rows.
 */
export async function exportReviewQueue(prisma: PrismaClient, reviewer: Reviewer, filter: QueueFilter): Promise<ReadableStream<Uint8Array>> {
  await recordQueueExport(prisma, reviewer, filter);
  const threshold = await currentFourEyesThresholdFen(prisma);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLines([REVIEW_QUEUE_CSV_HEADER])));
      for await (const rows of iterateReviewQueue(prisma, reviewer.id, { ...filter, page: 1 }, threshold)) {
        controller.enqueue(encoder.encode(csvLines(rows.map(reviewQueueCsvRow))));
      }
      controller.close();
    },
  });
}
