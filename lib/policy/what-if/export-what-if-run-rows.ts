import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ExportColumn } from "@/lib/exports/export-columns";
import type { ExportFormat } from "@/lib/exports/export-format";
import type { ExportLabels } from "@/lib/exports/export-labels";
import { trackedExport } from "@/lib/exports/tracked-export";
import { loadCityDistricts } from "@/lib/cities/load-city-districts";
import { districtExportText, type CityDistricts } from "@/lib/organisations/districts";
import { whatIfRowOrder, type WhatIfRowQuery, type WhatIfRunRowView } from "./list-what-if-run-rows";

/** A condition's label: the eligibility module's for a reason code, the what-if's own for RATE / TRAINING_AMOUNT. */
function conditionLabel(code: string, labels: ExportLabels): string {
  for (const key of [`eligibility.reasons.${code}.label`, `exports.whatIf.condition.${code}`]) if (labels.has(key)) return labels.t(key);
  return code;
}

/**
 * The what-if list's columns (labels in exports.whatIf.*, both languages). Codes (kind, status,
 * outcome) as their labels in the reader's language; the district as its name in the run's city's
 * list; the organisation's name is text.
 */
export const whatIfRowColumns = (cities: readonly CityDistricts[], cityId: string): readonly ExportColumn<WhatIfRunRowView>[] => [
  { key: "claimNumber", label: "exports.whatIf.claimNumber", kind: "text", value: (r) => r.claimNumber, width: 18 },
  { key: "kind", label: "exports.whatIf.kind", kind: "code", messages: "review.claimKind", value: (r) => r.kind },
  { key: "organisation", label: "exports.whatIf.organisation", kind: "text", value: (r) => r.organisationName, width: 30 },
  { key: "district", label: "exports.whatIf.district", kind: "text", value: (r, labels) => districtExportText(cities, cityId, r.district, labels) },
  { key: "claimYear", label: "exports.whatIf.claimYear", kind: "number", value: (r) => r.claimYear, width: 10 },
  { key: "status", label: "exports.whatIf.status", kind: "code", messages: "claimStatus", value: (r) => r.status },
  { key: "nowYuan", label: "exports.whatIf.nowYuan", kind: "yuan", value: (r) => r.nowFen },
  { key: "draftYuan", label: "exports.whatIf.draftYuan", kind: "yuan", value: (r) => r.draftFen },
  { key: "differenceYuan", label: "exports.whatIf.differenceYuan", kind: "yuan", value: (r) => r.differenceFen },
  { key: "outcome", label: "exports.whatIf.outcomeColumn", kind: "code", messages: "exports.whatIf.outcome", value: (r) => r.outcome, width: 16 },
  {
    key: "changedConditions",
    label: "exports.whatIf.changedConditions",
    kind: "text",
    value: (r, labels) => r.changedConditions.map((c) => conditionLabel(c, labels)).join(labels.t("exports.whatIf.conditionSeparator")),
    width: 40,
  },
];

export interface WhatIfExportRequest extends Pick<WhatIfRowQuery, "sort" | "direction"> {
  format: ExportFormat;
  labels: ExportLabels;
  /** Whoever downloads (checked by the caller), for the progress row. */
  userId: string;
  /** The page's id for this download, when it shows progress. */
  exportId?: string;
}

const PAGE = 1000;

/** A run's rows in the list's order, a page at a time (keyset on the order, so the 100th page costs what the first does). */
async function* rowPages(prisma: PrismaClient, runId: string, query: Pick<WhatIfRowQuery, "sort" | "direction">): AsyncGenerator<WhatIfRunRowView[]> {
  const orderBy = whatIfRowOrder(query);
  let cursor: string | null = null;
  for (;;) {
    const page: WhatIfRunRowView[] = await prisma.whatIfRunRow.findMany({
      where: { runId },
      orderBy,
      take: PAGE,
      ...(cursor ? { cursor: { runId_claimId: { runId, claimId: cursor } }, skip: 1 } : {}),
    });
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    cursor = page.at(-1)!.claimId;
  }
}

/** A run's changed claims as CSV or Excel, streamed page by page, with its progress when the page asks (lib/exports). */
export async function exportWhatIfRunRows(prisma: PrismaClient, runId: string, request: WhatIfExportRequest): Promise<ReadableStream<Uint8Array>> {
  // The run's claims are its policy version's city's (the caller checked that city is the reader's).
  const run = await prisma.whatIfRun.findUniqueOrThrow({ where: { id: runId }, select: { policyVersion: { select: { cityId: true } } } });
  const columns = whatIfRowColumns(await loadCityDistricts(prisma), run.policyVersion.cityId);
  return trackedExport(
    prisma,
    { exportId: request.exportId, userId: request.userId, kind: "what-if", countRows: () => prisma.whatIfRunRow.count({ where: { runId } }) },
    { format: request.format, labels: request.labels, columns, sheetName: "exports.sheet.whatIf", pages: rowPages(prisma, runId, request) },
  );
}
