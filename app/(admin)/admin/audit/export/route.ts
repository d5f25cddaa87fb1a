import { getLocale } from "next-intl/server";
import { administratorOf } from "@/lib/auth/actors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportAuditEntries } from "@/lib/audit/export-audit-entries";
import { parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { getPrisma } from "@/lib/db";
import { exportLabels } from "@/lib/exports/export-labels";
import { parseExportFormat } from "@/lib/exports/export-format";
import { exportFileName, exportResponse } from "@/lib/exports/export-response";
import { toLocale } from "@/lib/i18n/locales";

/**
 * The audit log under the audit page's filters (the same query parameters, checked the same way:
 * a bad value is dropped, the others apply), as CSV or Excel (?format=xlsx). Administrators only; audited.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (user.role !== "ADMINISTRATOR") return new Response(null, { status: 403 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { filter } = parseAuditFilter(query);
  const format = parseExportFormat(query.format);
  const labels = exportLabels(toLocale(await getLocale()));
  const stream = await exportAuditEntries(getPrisma(), administratorOf(user), filter, { format, labels, exportId: query.exportId });
  return exportResponse(stream, exportFileName("audit-log", format), format);
}
