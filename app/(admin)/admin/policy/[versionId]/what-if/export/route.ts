import { administratorOf } from "@/lib/auth/actors";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { isUuid } from "@/lib/db/is-uuid";
import { exportLabels } from "@/lib/exports/export-labels";
import { parseExportFormat } from "@/lib/exports/export-format";
import { exportFileName, exportResponse } from "@/lib/exports/export-response";
import { toLocale } from "@/lib/i18n/locales";
import { exportWhatIfRunRows } from "@/lib/policy/what-if/export-what-if-run-rows";
import { getWhatIfRun } from "@/lib/policy/what-if/get-what-if-run";
import type { WhatIfRowSort } from "@/lib/policy/what-if/list-what-if-run-rows";

/** A finished what-if's affected claims as CSV or Excel (?format=xlsx), in the list's order and the reader's language. Administrators only. */
export async function GET(request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (user.role !== "ADMINISTRATOR") return new Response(null, { status: 403 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const versionId = decodeURIComponent((await params).versionId);
  const run = isUuid(query.run ?? "") ? await getWhatIfRun(getPrisma(), administratorOf(user).cityId, query.run!) : null;
  if (!run || run.policyVersionId !== versionId || run.status !== "DONE") return new Response(null, { status: 404 });
  const format = parseExportFormat(query.format);
  const labels = exportLabels(toLocale(await getLocale()));
  const direction = query.dir === "asc" ? "asc" : query.dir === "desc" ? "desc" : undefined;
  const stream = await exportWhatIfRunRows(getPrisma(), run.id, { format, labels, userId: user.id, exportId: query.exportId, sort: query.sort as WhatIfRowSort, direction });
  return exportResponse(stream, exportFileName("what-if", format), format);
}
