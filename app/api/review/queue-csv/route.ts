import Papa from "papaparse";
import { reviewerOf } from "@/lib/auth/actors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { recordQueueExport } from "@/lib/review/record-queue-export";
import { currentFourEyesThresholdFen, iterateReviewQueue, queueFilterSchema } from "@/lib/review/list-review-queue";
import { yuanFromFen } from "@/lib/payments/bank-csv";

/** The filtered queue as CSV, streamed page by page (no row limit held in memory). Reviewers only; audited. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (user.role !== "REVIEWER") return new Response(null, { status: 403 });
  const filter = queueFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const prisma = getPrisma();
  await recordQueueExport(prisma, reviewerOf(user), filter);
  const threshold = await currentFourEyesThresholdFen(prisma);
  const encoder = new TextEncoder();
  const header = ["claimNo", "kind", "organisation", "district", "claimYear", "status", "amountYuan", "submittedAt", "assignedReviewer", "flagged"];
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + Papa.unparse([header]) + "\r\n"));
      for await (const rows of iterateReviewQueue(prisma, user.id, { ...filter, page: 1 }, threshold)) {
        const data = rows.map((r) => [r.claimNo, r.kind, r.organisationName, r.district, r.claimYear, r.status, yuanFromFen(r.amountFen), r.submittedAt?.toISOString() ?? "", r.assignedReviewerName ?? "", r.flagged ? "1" : "0"]);
        controller.enqueue(encoder.encode(Papa.unparse(data, { newline: "\r\n" }) + "\r\n"));
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="review-queue.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
