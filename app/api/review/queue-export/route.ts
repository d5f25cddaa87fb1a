import { getLocale } from "next-intl/server";
import { reviewerOf } from "@/lib/auth/actors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { exportLabels } from "@/lib/exports/export-labels";
import { parseExportFormat } from "@/lib/exports/export-format";
import { exportFileName, exportResponse } from "@/lib/exports/export-response";
import { toLocale } from "@/lib/i18n/locales";
import { exportReviewQueue } from "@/lib/review/export-review-queue";
import { queueFilterSchema } from "@/lib/review/list-review-queue";

/** The filtered queue as CSV or Excel (?format=xlsx), in the reader's language (lib/review/export-review-queue.ts). Reviewers only; audited. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (user.role !== "REVIEWER") return new Response(null, { status: 403 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filter = queueFilterSchema.parse(query);
  const format = parseExportFormat(query.format);
  const labels = exportLabels(toLocale(await getLocale()));
  const stream = await exportReviewQueue(getPrisma(), reviewerOf(user), filter, { format, labels, exportId: query.exportId });
  return exportResponse(stream, exportFileName("review-queue", format), format);
}
