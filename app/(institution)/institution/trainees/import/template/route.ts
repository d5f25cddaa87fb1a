import { getCurrentUser } from "@/lib/auth/current-user";
import { cohortTemplateCsv } from "@/lib/trainees/import/cohort-file";

/** The cohort CSV template with Chinese (default) or English headers. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || user.role !== "INSTITUTION_MEMBER") return new Response(null, { status: 404 });
  const language = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "zh";
  return new Response(cohortTemplateCsv(language), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="cohort-template-${language}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
