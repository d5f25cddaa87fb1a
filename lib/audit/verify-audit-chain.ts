import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditGenesisHash, computeAuditHash } from "./audit-hash";

export interface AuditChainBreak {
  /** The stripe that breaks. */
  chain: number;
  /** Its first entry that does not verify. */
  brokenAtSeq: bigint;
  reason: "hash-mismatch" | "link-mismatch";
}

/**
 * `checked`: entries verified (in every stripe, up to each stripe's break). When a stripe breaks,
 * `brokenAtSeq` / `reason` / `chain` name the earliest break by seq, and `breaks` every broken stripe.
 */
export type AuditChainReport =
  | { valid: true; checked: number; stripes: number }
  | ({ valid: false; checked: number; stripes: number; breaks: AuditChainBreak[] } & AuditChainBreak);

/** Walks one stripe in seq order, in pages, recomputing every hash. */
async function verifyStripe(prisma: PrismaClient, chain: number, pageSize: number): Promise<{ checked: number; broken?: AuditChainBreak }> {
  let prevHash = auditGenesisHash(chain);
  let afterSeq: bigint | null = null;
  let checked = 0;
  for (;;) {
    const rows: Awaited<ReturnType<typeof prisma.auditEntry.findMany>> = await prisma.auditEntry.findMany({
      where: afterSeq === null ? { chain } : { chain, seq: { gt: afterSeq } },
      orderBy: { seq: "asc" },
      take: pageSize,
    });
    if (rows.length === 0) return { checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) return { checked, broken: { chain, brokenAtSeq: row.seq, reason: "link-mismatch" } };
      const expected = computeAuditHash(prevHash, row);
      if (expected !== row.hash) return { checked, broken: { chain, brokenAtSeq: row.seq, reason: "hash-mismatch" } };
      prevHash = row.hash;
      checked++;
    }
    afterSeq = rows[rows.length - 1]!.seq;
  }
}

/** Verifies every stripe of the audit log (each an independent hash chain from its own genesis). */
export async function verifyAuditChain(prisma: PrismaClient, pageSize = 2000): Promise<AuditChainReport> {
  const chains = (await prisma.auditEntry.groupBy({ by: ["chain"], orderBy: { chain: "asc" } })).map((g) => g.chain);
  let checked = 0;
  const breaks: AuditChainBreak[] = [];
  for (const chain of chains) {
    const result = await verifyStripe(prisma, chain, pageSize);
    checked += result.checked;
    if (result.broken) breaks.push(result.broken);
  }
  if (breaks.length === 0) return { valid: true, checked, stripes: chains.length };
  breaks.sort((a, b) => (a.brokenAtSeq < b.brokenAtSeq ? -1 : a.brokenAtSeq > b.brokenAtSeq ? 1 : 0));
  return { valid: false, checked, stripes: chains.length, breaks, ...breaks[0]! };
}
