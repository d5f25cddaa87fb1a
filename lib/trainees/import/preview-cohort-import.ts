import type { OrganisationScope } from "@/lib/auth/actors";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TrainingSubsidyResult } from "@/lib/eligibility";
import { analyseCohort } from "./analyse-cohort";
import { parseCohortUpload } from "./cohort-file";
import { reportableText, type RowError } from "./cohort-row";

export const PREVIEW_VALID_ROWS_SHOWN = 200;
export const PREVIEW_REJECTED_ROWS_SHOWN = 1000;

export interface CohortPreviewRow {
  rowNo: number;
  name: string;
  errors: RowError[];
  eligibility: Pick<TrainingSubsidyResult, "eligible" | "traineeFen" | "institutionFen" | "reasons" | "calculation"> | null;
}

export type CohortPreview =
  | { ok: false; error: string; missing?: string[]; unknown?: string[]; duplicated?: string[] }
  | {
      ok: true;
      fileSha256: string;
      encoding: string;
      rowCount: number;
      validCount: number;
      rejectedCount: number;
      eligibleCount: number;
      alreadyImportedBatchId: string | null;
      rows: CohortPreviewRow[];
    };

/**
 * What importing this file would do, row by row, without writing anything: validation errors,
 * the eligibility result of each valid row, and whether the very same file was imported before.
 * Rows shown are bounded (all counts are exact) so a 10,000-row file stays a reasonable page.
 */
export async function previewCohortImport(prisma: PrismaClient, institution: OrganisationScope, bytes: Uint8Array): Promise<CohortPreview> {
  const institutionId = institution.organisationId;
  const parsed = await parseCohortUpload(bytes);
  if (!parsed.ok) return { ...parsed };
  const fileSha256 = createHash("sha256").update(bytes).digest("hex");
  const previous = await prisma.importBatch.findFirst({
    where: { organisationId: institutionId, kind: "TRAINEE_COHORT", fileSha256 },
    select: { id: true },
  });
  const rows = await prisma.$transaction((tx) => analyseCohort(tx, institution.cityId, parsed.rows), { timeout: 120_000, maxWait: 10_000 });
  const valid = rows.filter((r) => r.errors.length === 0);
  const rejected = rows.filter((r) => r.errors.length > 0);
  const toPreview = (r: (typeof rows)[number]): CohortPreviewRow => ({
    rowNo: r.rowNo,
    name: reportableText(r.record.name),
    errors: r.errors,
    eligibility: r.eligibility
      ? { eligible: r.eligibility.eligible, traineeFen: r.eligibility.traineeFen, institutionFen: r.eligibility.institutionFen, reasons: r.eligibility.reasons, calculation: r.eligibility.calculation }
      : null,
  });
  return {
    ok: true,
    fileSha256,
    encoding: parsed.encoding,
    rowCount: rows.length,
    validCount: valid.length,
    rejectedCount: rejected.length,
    eligibleCount: valid.filter((r) => r.eligibility?.eligible).length,
    alreadyImportedBatchId: previous?.id ?? null,
    rows: [...rejected.slice(0, PREVIEW_REJECTED_ROWS_SHOWN), ...valid.slice(0, PREVIEW_VALID_ROWS_SHOWN)]
      .sort((a, b) => a.rowNo - b.rowNo)
      .map(toPreview),
  };
}
