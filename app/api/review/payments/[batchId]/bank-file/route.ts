import { getLocale } from "next-intl/server";
import { reviewerOf } from "@/lib/auth/actors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { sameOriginOnly } from "@/lib/auth/same-origin";
import { getPrisma } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { exportLabels } from "@/lib/exports/export-labels";
import { parseExportFormat } from "@/lib/exports/export-format";
import { exportFileName, exportResponse } from "@/lib/exports/export-response";
import { bankFile } from "@/lib/grants/payments/bank-file";
import { exportPaymentBatch } from "@/lib/grants/payments/export-payment-batch";
import { toLocale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/db/is-uuid";

/**
 * The bank file of a batch, CSV or Excel (the form's `format`). POST (a form on the batch page),
 * not GET: the export changes the batch's state and is audited, so a link on another site must
 * not trigger it (and a form on another site is refused by its Origin).
 */
export const POST = sameOriginOnly(async (request: Request, { params }: { params: Promise<{ batchId: string }> }) => {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (user.role !== "REVIEWER" || !user.canReleasePayments) return new Response(null, { status: 403 });
  const { batchId } = await params;
  if (!isUuid(batchId)) return new Response(null, { status: 404 });
  const form = await request.formData().catch(() => null);
  const format = parseExportFormat(form?.get("format"));
  try {
    const { batchNo, rows } = await exportPaymentBatch(getPrisma(), reviewerOf(user), batchId);
    const labels = exportLabels(toLocale(await getLocale()));
    return exportResponse(bankFile(rows, format, labels), exportFileName(`bank-file-${batchNo}`, format), format);
  } catch (error) {
    if (error instanceof DomainError) {
      const back = new URL(`/review/payments/${batchId}`, request.url);
      back.searchParams.set("error", error.code);
      return Response.redirect(back, 303);
    }
    throw error;
  }
});
