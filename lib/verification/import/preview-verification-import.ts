import { createHash } from "node:crypto";
import type { StaffActor } from "@/lib/auth/actors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { analyseImport, BUREAU, replacedWhere, type ImportOwner } from "./analyse-import";
import type { ColumnMapping, ImportKind } from "./import-fields";
import type { RowIssue } from "./parse-import-rows";
import { readImportFile } from "./read-import-file";

export const PREVIEW_VALID_ROWS_SHOWN = 200;
export const PREVIEW_REJECTED_ROWS_SHOWN = 1000;

export interface VerificationPreviewRow {
  rowNo: number;
  label: string;
  enterpriseName: string | null;
  errors: RowIssue[];
  warnings: RowIssue[];
}

export type VerificationPreview =
  | Exclude<Awaited<ReturnType<typeof readImportFile>>, { ok: true }>
  | {
      ok: true;
      fileSha256: string;
      format: "csv" | "xlsx";
      encoding: string | null;
      rowCount: number;
      validCount: number;
      rejectedCount: number;
      warningCount: number;
      /** Rows of earlier imports (or the demo seed) that importing would replace. */
      replacedCount: number;
      periodFrom: string | null;
      periodTo: string | null;
      alreadyImportedId: string | null;
      rows: VerificationPreviewRow[];
    };

/**
 * What importing the file would do, without writing anything: each row's errors and warnings,
 * the rows of earlier imports it would replace, and whether the very same file was imported.
 * Rows shown are bounded (the counts are exact).
 */
export async function previewVerificationImport(
  prisma: PrismaClient,
  actor: Pick<StaffActor, "cityId">,
  input: { kind: ImportKind; fileName: string; bytes: Uint8Array; mapping: ColumnMapping },
  owner: ImportOwner = BUREAU,
): Promise<VerificationPreview> {
  const cityId = actor.cityId;
  const parsed = await readImportFile(input.kind, input.fileName, input.bytes, input.mapping);
  if (!parsed.ok) return parsed;
  const fileSha256 = createHash("sha256").update(input.bytes).digest("hex");
  const previous = await prisma.verificationImport.findFirst({ where: { ...sameFileOf(cityId, input.kind, owner), fileSha256 }, select: { id: true } });
  const { rows, scope } = await analyseImport(prisma, cityId, input.kind, parsed.rows, owner);
  const where = replacedWhere(input.kind, cityId, scope, owner);
  const replacedCount = where.length === 0 ? 0
    : input.kind === "STATISTICS"
      ? await prisma.statisticsExecution.count({ where: { OR: where as never } })
      : await prisma.fxReceipt.count({ where: { OR: where as never } });
  const valid = rows.filter((r) => r.errors.length === 0);
  const rejected = rows.filter((r) => r.errors.length > 0);
  const { periodFrom, periodTo } = periodOf(valid.map((r) => r.record!));
  return {
    ok: true,
    fileSha256,
    format: parsed.format,
    encoding: parsed.encoding,
    rowCount: rows.length,
    validCount: valid.length,
    rejectedCount: rejected.length,
    warningCount: valid.filter((r) => r.warnings.length > 0).length,
    replacedCount,
    periodFrom,
    periodTo,
    alreadyImportedId: previous?.id ?? null,
    rows: [...rejected.slice(0, PREVIEW_REJECTED_ROWS_SHOWN), ...valid.slice(0, PREVIEW_VALID_ROWS_SHOWN)]
      .sort((a, b) => a.rowNo - b.rowNo)
      .map((r) => ({ rowNo: r.rowNo, label: r.label.replaceAll("\u0000", "\uFFFD"), enterpriseName: r.enterpriseName, errors: r.errors, warnings: r.warnings })),
  };
}

/** First and last day the records cover. */
export function periodOf(records: ReadonlyArray<{ periodStart?: string; periodEnd?: string; receivedOn?: string }>): { periodFrom: string | null; periodTo: string | null } {
  let periodFrom: string | null = null;
  let periodTo: string | null = null;
  for (const r of records) {
    const from = r.periodStart ?? r.receivedOn!;
    const to = r.periodEnd ?? r.receivedOn!;
    if (periodFrom === null || from < periodFrom) periodFrom = from;
    if (periodTo === null || to > periodTo) periodTo = to;
  }
  return { periodFrom, periodTo };
}

/** Which earlier batches count as "the same file": the bureau's of the city and kind, or the enterprise's own. */
export function sameFileOf(cityId: string, kind: ImportKind, owner: ImportOwner) {
  return owner.source === "BUREAU" ? { cityId, kind, source: "BUREAU" as const } : { cityId, kind, source: "ENTERPRISE" as const, organisationId: owner.organisationId };
}
