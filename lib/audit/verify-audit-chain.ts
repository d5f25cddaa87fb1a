import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AUDIT_GENESIS_HASH, computeAuditHash } from "./audit-hash";

export type AuditChainReport =
  | { valid: true; checked: number }
  | { valid: false; checked: number; brokenAtSeq: bigint; reason: "hash-mismatch" | "link-mismatch" };

/** Walks the whole chain in pages, recomputing every hash. */
export async function verifyAuditChain(prisma: PrismaClient, pageSize = 2000): Promise<AuditChainReport> {
  let prevHash = AUDIT_GENESIS_HASH;
  let afterSeq: bigint | null = null;
  let checked = 0;
  for (;;) {
    const rows: Awaited<ReturnType<typeof prisma.auditEntry.findMany>> = await prisma.auditEntry.findMany({
      where: afterSeq === null ? {} : { seq: { gt: afterSeq } },
      orderBy: { seq: "asc" },
      take: pageSize,
    });
    if (rows.length === 0) return { valid: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) return { valid: false, checked, brokenAtSeq: row.seq, reason: "link-mismatch" };
      const expected = computeAuditHash(prevHash, row);
      if (expected !== row.hash) return { valid: false, checked, brokenAtSeq: row.seq, reason: "hash-mismatch" };
      prevHash = row.hash;
      checked++;
    }
    afterSeq = rows[rows.length - 1]!.seq;
  }
}
