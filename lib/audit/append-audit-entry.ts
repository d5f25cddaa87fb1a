import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_GENESIS_HASH, computeAuditHash } from "./audit-hash";

export interface AuditEvent {
  actorId?: string | null;
  actorRole?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  result: "success" | "failure" | "denied";
  details?: Prisma.InputJsonValue;
  ipAddress?: string | null;
}

// Any constant: every instance takes the same transaction-scoped lock, so appends to the
// chain are serialised across app instances and two entries never claim the same predecessor.
const AUDIT_CHAIN_LOCK = 7_356_001;

/**
 * Appends one entry to the hash-chained audit log. Takes the caller's transaction so that the
 * entry commits together with the change it records, or not at all.
 */
export async function appendAuditEntry(tx: Prisma.TransactionClient, event: AuditEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const previous = await tx.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = previous?.hash ?? AUDIT_GENESIS_HASH;
  const row = {
    at: new Date(),
    actorId: event.actorId ?? null,
    actorRole: event.actorRole ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    result: event.result,
    details: event.details ?? null,
    ipAddress: event.ipAddress ?? null,
  };
  const hash = computeAuditHash(prevHash, row);
  await tx.auditEntry.create({
    data: { ...row, details: event.details ?? undefined, prevHash, hash },
  });
}
