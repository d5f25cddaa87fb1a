import { createHash } from "node:crypto";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { inCityTransaction } from "@/lib/db/city-scope";
import type { StaffActor } from "@/lib/auth/actors";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { DomainError } from "@/lib/errors/domain-error";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { analyseImport, BUREAU, replacedWhere, type ImportOwner } from "./analyse-import";
import { mappingToRemember, type ColumnMapping, type ImportKind } from "./import-fields";
import { insertImportedRows } from "./insert-imported-rows";
import type { RowIssue } from "./parse-import-rows";
import { periodOf, sameFileOf } from "./preview-verification-import";
import { readImportFile } from "./read-import-file";

export interface VerificationImportReport {
  format: "csv" | "xlsx";
  encoding: string | null;
  rejected: Array<{ rowNo: number; label: string; errors: RowIssue[] }>;
  warnings: Array<{ rowNo: number; label: string; warnings: RowIssue[] }>;
}

const TX_OPTIONS = { timeout: 600_000, maxWait: 20_000 };
const CHUNK = 1000;
/** Report entries kept per list: a 100,000-row file of errors must not become a 50 MB JSON value. */
const REPORT_ROWS_KEPT = 5000;

const auditActionOf = (kind: ImportKind, owner: ImportOwner) =>
  owner.source === "ENTERPRISE" ? "verification.upload-own-receipts" : kind === "STATISTICS" ? "verification.import-statistics" : "verification.import-fx-receipts";

/**
 * Imports the valid rows of an official-data file into the reviewer's city, in ONE transaction
 * with its batch row and audit entry: all of them or none. As the trainee cohort import does,
 * rejected rows are reported and skipped (the reviewer saw them in the preview and confirmed the
 * import of the valid ones). The same file again (hash, city, kind) changes nothing and returns
 * the earlier batch. A corrected file replaces: the rows the city holds for the same enterprises
 * in the years the file's valid rows cover (of the bureau's source) are deleted, the file's rows
 * inserted. The column mapping is remembered for the city's next file of this kind (the bureau's
 * files only). An enterprise's upload of its own receipts goes through here too (`owner`), kept
 * apart by source: it never replaces or counts as the bank's data.
 */
export async function importVerificationFile(
  prisma: PrismaClient,
  actor: Pick<StaffActor, "id" | "role" | "cityId">,
  input: { kind: ImportKind; fileName: string; bytes: Uint8Array; mapping: ColumnMapping },
  owner: ImportOwner = BUREAU,
) {
  if (owner.source === "ENTERPRISE" && input.kind !== "FX_RECEIPTS") throw new DomainError("forbidden");
  const reviewer = actor;
  const parsed = await readImportFile(input.kind, input.fileName, input.bytes, input.mapping);
  if (!parsed.ok) throw new DomainError(parsed.error === "mappingInvalid" ? "importMappingInvalid" : parsed.error, "file");
  const fileSha256 = createHash("sha256").update(input.bytes).digest("hex");
  const { kind } = input;

  // Inside the city (row-level security): whatever a query below says, it sees and writes only this city's rows.
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    // One import of a kind per city at a time: the repeated-file check and the replacement cannot race.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`verification-import:${reviewer.cityId}:${kind}:${owner.source === "ENTERPRISE" ? owner.organisationId : "bureau"}`}))`;
    const previous = await tx.verificationImport.findFirst({ where: { ...sameFileOf(reviewer.cityId, kind, owner), fileSha256 } });
    if (previous) return { batch: previous, alreadyImported: true };

    const { rows, scope } = await analyseImport(tx, reviewer.cityId, kind, parsed.rows, owner);
    const valid = rows.filter((r) => r.errors.length === 0 && r.record);
    const rejected = rows.filter((r) => r.errors.length > 0);
    const where = replacedWhere(kind, reviewer.cityId, scope, owner);
    let replacedCount = 0;
    for (let i = 0; i < where.length; i += CHUNK) {
      const OR = where.slice(i, i + CHUNK) as never;
      replacedCount += kind === "STATISTICS" ? (await tx.statisticsExecution.deleteMany({ where: { OR } })).count : (await tx.fxReceipt.deleteMany({ where: { OR } })).count;
    }
    const { periodFrom, periodTo } = periodOf(valid.map((r) => r.record!));
    const report: VerificationImportReport = {
      format: parsed.format,
      encoding: parsed.encoding,
      rejected: rejected.slice(0, REPORT_ROWS_KEPT).map((r) => ({ rowNo: r.rowNo, label: r.label.replaceAll("\u0000", "\uFFFD"), errors: r.errors })),
      warnings: valid.filter((r) => r.warnings.length > 0).slice(0, REPORT_ROWS_KEPT).map((r) => ({ rowNo: r.rowNo, label: r.label, warnings: r.warnings })),
    };
    const batch = await tx.verificationImport.create({
      data: {
        cityId: reviewer.cityId,
        kind,
        source: owner.source,
        organisationId: owner.source === "ENTERPRISE" ? owner.organisationId : null,
        fileName: input.fileName.slice(0, 255).replaceAll("\u0000", ""),
        fileSha256,
        rowCount: rows.length,
        importedCount: valid.length,
        rejectedCount: rejected.length,
        replacedCount,
        periodFrom: periodFrom ? dbDateFromIsoDate(periodFrom) : null,
        periodTo: periodTo ? dbDateFromIsoDate(periodTo) : null,
        report: report as unknown as Prisma.InputJsonValue,
        createdById: reviewer.id,
      },
    });
    await insertImportedRows(tx, kind, reviewer.cityId, batch.id, valid, owner.source);
    if (owner.source === "BUREAU") await tx.importColumnMapping.upsert({
      where: { cityId_kind: { cityId: reviewer.cityId, kind } },
      create: { cityId: reviewer.cityId, kind, mapping: mappingToRemember(parsed.headers, input.mapping), updatedById: reviewer.id },
      update: { mapping: mappingToRemember(parsed.headers, input.mapping), updatedById: reviewer.id },
    });
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: auditActionOf(kind, owner),
      targetType: "VerificationImport",
      targetId: batch.id,
      result: "success",
      details: { fileName: batch.fileName, fileSha256, rowCount: rows.length, importedCount: valid.length, rejectedCount: rejected.length, replacedCount, periodFrom, periodTo },
    });
    return { batch, alreadyImported: false };
  }, TX_OPTIONS);
}
