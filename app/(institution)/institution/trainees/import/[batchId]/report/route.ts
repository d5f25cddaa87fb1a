import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getImportBatch } from "@/lib/trainees/import/get-import-batch";
import { rejectedRowsCsv } from "@/lib/trainees/import/report-csv";

/** The rejected rows of one of the institution's imports, as CSV in the reader's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.role !== "INSTITUTION_MEMBER" || !user.organisationId) return new Response(null, { status: 404 });
  const { batchId } = await params;
  try {
    const batch = await getImportBatch(getPrisma(), user.organisationId, batchId);
    const t = await getTranslations("trainee");
    const tv = await getTranslations("validation");
    const language = (await getLocale()) === "en" ? "en" : "zh";
    const csv = rejectedRowsCsv(batch.report, language, (key) => (tv.has(key) ? tv(key) : tv("invalid")), [t("reportRow"), t("reportName"), t("reportColumn"), t("reportReason")]);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="rejected-rows-${batch.id.slice(0, 8)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
