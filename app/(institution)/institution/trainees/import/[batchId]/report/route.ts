import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-error";
import { exportLabels } from "@/lib/exports/export-labels";
import { parseExportFormat } from "@/lib/exports/export-format";
import { exportFileName, exportResponse } from "@/lib/exports/export-response";
import { toLocale } from "@/lib/i18n/locales";
import { getImportBatch } from "@/lib/trainees/import/get-import-batch";
import { exportRejectedRows } from "@/lib/trainees/import/rejected-rows-export";

/** The rejected rows of one of the institution's imports, as CSV or Excel (?format=xlsx) in the reader's language. */
export async function GET(request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.role !== "INSTITUTION_MEMBER" || !user.organisationId) return new Response(null, { status: 404 });
  const { batchId } = await params;
  const query = new URL(request.url).searchParams;
  const format = parseExportFormat(query.get("format"));
  try {
    const prisma = getPrisma();
    const batch = await getImportBatch(prisma, user.organisationId, batchId);
    const labels = exportLabels(toLocale(await getLocale()));
    const stream = await exportRejectedRows(prisma, batch.report, { format, labels, userId: user.id, exportId: query.get("exportId") ?? undefined });
    return exportResponse(stream, exportFileName(`rejected-rows-${batch.id.slice(0, 8)}`, format), format);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
