import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Reviewer } from "@/lib/auth/actors";
import { CSV_BOM, csvLines, type CsvRow } from "@/lib/exports/csv";
import { numberCell, yuanCell } from "@/lib/exports/spreadsheet-cell";
import { currentFourEyesThresholdFen, iterateReviewQueue, type QueueFilter, type QueueRow } from "./list-review-queue";
import { recordQueueExport } from "./record-queue-export";

export const REVIEW_QUEUE_CSV_HEADER = ["claimNo", "kind", "organisation", "district", "claimYear", "status", "amountYuan", "submittedAt", "assignedReviewer", "flagged"];

/**
 * One queue row as cells. Numbers: the claim year, the amount in yuan, the flag (0/1). Text, and
 * so neutralised: everything else, above all the organisation's name, which its applicant chose.
 */
export function reviewQueueCsvRow(r: QueueRow): CsvRow {
  return [r.claimNo, r.kind, r.organisationName, r.district, numberCell(r.claimYear), r.status, yuanCell(r.amountFen), r.submittedAt?.toISOString() ?? "", r.assignedReviewerName ?? "", numberCell(r.flagged ? 1 : 0)];
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
