import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Administrator } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";
import type { ExportColumn } from "@/lib/exports/export-columns";
import type { ExportFormat } from "@/lib/exports/export-format";
import { trackedExport } from "@/lib/exports/tracked-export";
import type { ExportLabels } from "@/lib/exports/export-labels";
import { appendAuditEntry } from "./append-audit-entry";
import { auditActionMessageKey } from "./audit-action-codes";
import { auditEntryWhere, auditListRows, type AuditListRow } from "./list-audit-entries";
import type { AuditFilter } from "./parse-audit-filter";

function actionText(r: AuditListRow, labels: ExportLabels): string {
  const key = auditActionMessageKey(r.action);
  return key ? labels.t(`audit.${key}`) : labels.t("audit.actionUnknown", { code: r.action });
}

/** The columns of the audit page, in words, with the stored details for what the words leave out. */
export const AUDIT_ENTRY_COLUMNS: readonly ExportColumn<AuditListRow>[] = [
  { key: "seq", label: "exports.auditLog.seq", kind: "number", value: (r) => r.seq, width: 10 },
  { key: "at", label: "exports.auditLog.at", kind: "dateTime", value: (r) => r.at },
  { key: "actor", label: "exports.auditLog.actor", kind: "text", value: (r, labels) => r.actorName ?? (r.actorRole ? "" : labels.t("audit.noActor")), width: 18 },
  { key: "actorRole", label: "exports.auditLog.actorRole", kind: "code", messages: "audit.role", value: (r) => r.actorRole },
  { key: "action", label: "exports.auditLog.action", kind: "text", value: actionText, width: 24 },
  { key: "targetKind", label: "exports.auditLog.targetKind", kind: "code", messages: "audit.targetKind", value: (r) => r.targetType },
  { key: "target", label: "exports.auditLog.target", kind: "text", value: (r) => r.targetLabel, width: 24 },
  { key: "targetId", label: "exports.auditLog.targetId", kind: "text", value: (r) => r.targetId, width: 38 },
  { key: "result", label: "exports.auditLog.result", kind: "code", messages: "audit.resultValue", value: (r) => r.result, width: 10 },
  { key: "details", label: "exports.auditLog.details", kind: "text", value: (r) => (r.raw.details == null ? "" : JSON.stringify(r.raw.details)), width: 60 },
];

/**
 * Every entry matching the filters, newest first, a page at a time by sequence number (no OFFSET to
 * re-read). Given a city, each page is read in that city's transaction (row-level security: no
 * other city's entry, whatever `where` says); the stream outlives any one transaction.
 */
export async function* iterateAuditEntries(prisma: PrismaClient, where: Prisma.AuditEntryWhereInput, chunk = 1000, cityId?: string): AsyncGenerator<AuditListRow[]> {
  let before: bigint | undefined;
  for (;;) {
    const args = {
      where: before === undefined ? where : { AND: [where, { seq: { lt: before } }] },
      orderBy: { seq: "desc" as const },
      take: chunk,
    };
    const entries = cityId === undefined ? await prisma.auditEntry.findMany(args) : await inCityTransaction(prisma, cityId, (tx) => tx.auditEntry.findMany(args));
    if (entries.length === 0) return;
    yield await auditListRows(prisma, entries);
    if (entries.length < chunk) return;
    before = entries[entries.length - 1]!.seq;
  }
}

export interface AuditExportRequest {
  format: ExportFormat;
  labels: ExportLabels;
  exportId?: string;
}

/**
 * The audit log under the page's filters, as CSV or Excel, streamed: the administrator's city's
 * entries only (auditEntryWhere). Exporting the log is itself
 * audited (with the filters) before the first byte, as every export of the portal's records is.
 */
export async function exportAuditEntries(prisma: PrismaClient, actor: Administrator, filter: Omit<AuditFilter, "page">, request: AuditExportRequest): Promise<ReadableStream<Uint8Array>> {
  await prisma.$transaction((tx) =>
    appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "audit.export",
      targetType: "AuditLog",
      result: "success",
      // The filters that chose the rows (a page number, if the caller's filter has one, chooses none).
      details: JSON.parse(JSON.stringify({ actor: filter.actor, target: filter.target, action: filter.action, from: filter.from, to: filter.to, format: request.format })) as Prisma.InputJsonValue,
    }),
  );
  const where = await auditEntryWhere(prisma, filter, actor.cityId);
  return trackedExport(
    prisma,
    { exportId: request.exportId, userId: actor.id, kind: "audit-log", countRows: () => inCityTransaction(prisma, actor.cityId, (tx) => tx.auditEntry.count({ where })) },
    { format: request.format, labels: request.labels, columns: AUDIT_ENTRY_COLUMNS, sheetName: "exports.sheet.auditLog", pages: iterateAuditEntries(prisma, where, undefined, actor.cityId) },
  );
}
