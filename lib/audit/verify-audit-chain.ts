import type { PrismaClient } from "@/lib/generated/prisma/client";
import { compareWithAnchor, type AuditAnchor, type AuditAnchorFinding } from "./audit-anchor";
import { loadLatestAuditAnchor, observeAnchoredStripes, type BadAnchorFile } from "./audit-anchor-store";
import { auditGenesisHash, computeAuditHash, computeKeyedAuditHash } from "./audit-hash";
import { auditKeyringFromEnv, type AuditKeyring } from "./audit-keys";

export interface AuditChainBreak {
  /** The stripe that breaks. */
  chain: number;
  /** Its first entry that does not verify. */
  brokenAtSeq: bigint;
  /**
   * hash-mismatch: the content does not match the hash (edited, or recomputed without the key);
   * link-mismatch: the entry does not chain onto its predecessor; unknown-key: keyed with a key that
   * is not configured (add it to AUDIT_HMAC_PREVIOUS_KEYS); unkeyed-entry: an unkeyed (legacy) entry
   * where only keyed ones may be, after a keyed entry or after the anchored head (a downgrade).
   */
  reason: "hash-mismatch" | "link-mismatch" | "unknown-key" | "unkeyed-entry";
}

export interface AuditAnchorCheck {
  /** The last anchor with a valid signature, or null when there is none yet. */
  file: string | null;
  createdAt: string | null;
  findings: AuditAnchorFinding[];
  /** Newer anchor files whose signature does not hold (tampered, forged, or from an unknown key). */
  badFiles: BadAnchorFile[];
}

/**
 * `checked`: entries verified (in every stripe, up to each stripe's break). When a stripe breaks,
 * `brokenAtSeq` / `reason` / `chain` name the earliest break by seq, and `breaks` every broken stripe.
 * `anchor` (when an anchor directory is given): the comparison with the last anchor; any finding
 * or bad anchor file makes the report invalid.
 */
export type AuditChainReport = (
  | { valid: true; checked: number; stripes: number }
  | ({ valid: false; checked: number; stripes: number; breaks: AuditChainBreak[] } & Partial<AuditChainBreak>)
) & { anchor?: AuditAnchorCheck };

export interface VerifyAuditChainOptions {
  pageSize?: number;
  /** Compare with the last anchor in this directory (lib/audit/audit-anchor-store.ts: auditAnchorDir()). */
  anchorDir?: string;
  /** Default: the keys the environment configures. */
  keyring?: AuditKeyring;
}

/**
 * Walks one stripe in seq order, in pages, recomputing every hash. Unkeyed entries (written before
 * the chain was keyed) verify only at the start of a stripe, and only up to the anchored head when
 * there is an anchor: anyone can recompute an unkeyed hash, so an unkeyed entry anywhere else is a
 * rewrite without the key.
 */
async function verifyStripe(
  prisma: PrismaClient,
  chain: number,
  pageSize: number,
  keyring: AuditKeyring,
  unkeyedUpToSeq: bigint | null,
): Promise<{ checked: number; broken?: AuditChainBreak }> {
  let prevHash = auditGenesisHash(chain);
  let afterSeq: bigint | null = null;
  let checked = 0;
  let keyedSeen = false;
  // Whether an entry of this stripe was hashed with its city (written since the city column).
  let citySeen = false;
  for (;;) {
    const rows: Awaited<ReturnType<typeof prisma.auditEntry.findMany>> = await prisma.auditEntry.findMany({
      where: afterSeq === null ? { chain } : { chain, seq: { gt: afterSeq } },
      orderBy: { seq: "asc" },
      take: pageSize,
    });
    if (rows.length === 0) return { checked };
    for (const row of rows) {
      const broken = (reason: AuditChainBreak["reason"]) => ({ checked, broken: { chain, brokenAtSeq: row.seq, reason } });
      if (row.prevHash !== prevHash) return broken("link-mismatch");
      let expected: string;
      if (row.hashKeyId === null) {
        if (keyedSeen || (unkeyedUpToSeq !== null && row.seq > unkeyedUpToSeq)) return broken("unkeyed-entry");
        // Unkeyed entries are older than the city column: their hash never covered one.
        expected = computeAuditHash(prevHash, { ...row, cityId: undefined });
      } else {
        const key = keyring.byId.get(row.hashKeyId);
        if (!key) return broken("unknown-key");
        keyedSeen = true;
        const auditKey = { id: row.hashKeyId, key };
        // The city is hashed in every entry written since the column exists (audit-hash.ts). An
        // entry hashed without it is an older one, whose city the migration back-filled outside
        // the hash: accepted before the stripe's first entry hashed with a city, and after it only
        // with no city at all (an instance of the previous release, still writing during a
        // rolling deploy, leaves the column empty). So a city set on any entry after that point,
        // or changed on any entry written with one, breaks the chain. Each form costs one HMAC;
        // the likelier one is tried first.
        const withCity = () => computeKeyedAuditHash(auditKey, prevHash, row);
        const withoutCity = () => computeKeyedAuditHash(auditKey, prevHash, { ...row, cityId: undefined });
        if (!citySeen && withoutCity() === row.hash) expected = row.hash;
        else if (withCity() === row.hash) {
          expected = row.hash;
          citySeen = true;
        } else if (citySeen && row.cityId === null && withoutCity() === row.hash) expected = row.hash;
        else expected = "";
      }
      if (expected !== row.hash) return broken("hash-mismatch");
      prevHash = row.hash;
      checked++;
    }
    afterSeq = rows[rows.length - 1]!.seq;
  }
}

/**
 * Verifies every stripe of the audit log (each an independent hash chain from its own genesis)
 * and, given an anchor directory, compares the database with the last anchor: entries deleted from
 * a stripe's head (truncation), a rewritten head, and a bad anchor signature are reported.
 */
export async function verifyAuditChain(prisma: PrismaClient, options: VerifyAuditChainOptions = {}): Promise<AuditChainReport> {
  const pageSize = options.pageSize ?? 2000;
  const keyring = options.keyring ?? auditKeyringFromEnv();
  let anchor: AuditAnchor | null = null;
  let anchorCheck: AuditAnchorCheck | undefined;
  if (options.anchorDir !== undefined) {
    const latest = loadLatestAuditAnchor(options.anchorDir, keyring);
    anchor = latest.anchor;
    anchorCheck = {
      file: latest.file,
      createdAt: anchor?.createdAt ?? null,
      findings: anchor ? compareWithAnchor(anchor, await observeAnchoredStripes(prisma, anchor)) : [],
      badFiles: latest.badFiles,
    };
  }
  // With an anchor, unkeyed entries are accepted up to its head of their stripe and nowhere after.
  const unkeyedLimit = (chain: number): bigint | null => {
    if (!anchor) return null;
    const head = anchor.stripes.find((s) => s.chain === chain);
    return head ? BigInt(head.headSeq) : 0n;
  };

  const chains = (await prisma.auditEntry.groupBy({ by: ["chain"], orderBy: { chain: "asc" } })).map((g) => g.chain);
  let checked = 0;
  const breaks: AuditChainBreak[] = [];
  for (const chain of chains) {
    const result = await verifyStripe(prisma, chain, pageSize, keyring, unkeyedLimit(chain));
    checked += result.checked;
    if (result.broken) breaks.push(result.broken);
  }
  const withAnchor = anchorCheck ? { anchor: anchorCheck } : {};
  const anchorOk = !anchorCheck || (anchorCheck.findings.length === 0 && anchorCheck.badFiles.length === 0);
  if (breaks.length === 0 && anchorOk) return { valid: true, checked, stripes: chains.length, ...withAnchor };
  breaks.sort((a, b) => (a.brokenAtSeq < b.brokenAtSeq ? -1 : a.brokenAtSeq > b.brokenAtSeq ? 1 : 0));
  return { valid: false, checked, stripes: chains.length, breaks, ...breaks[0], ...withAnchor };
}
