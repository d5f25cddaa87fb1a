import { reviewerOf } from "@/lib/auth/actors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { exportReviewQueue } from "@/lib/review/export-review-queue";
import { queueFilterSchema } from "@/lib/review/list-review-queue";

/** The filtered queue as CSV (lib/review/export-review-queue.ts). Reviewers only; audited. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (user.role !== "REVIEWER") return new Response(null, { status: 403 });
  const filter = queueFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const stream = await exportReviewQueue(getPrisma(), reviewerOf(user), filter);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="review-queue.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
