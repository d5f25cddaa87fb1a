import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db";
import { checkAuditAnchor, type AuditAnchor, type AuditStripeHead, type ObservedStripe } from "./audit-anchor";
import type { AuditKeyring } from "./audit-keys";

/**
 * Where anchors are written: AUDIT_ANCHOR_DIR, default .data/audit-anchors. In production a
 * directory the database's administrators cannot write (another host, append-only or WORM
 * storage), shared by every instance like EVIDENCE_DIR.
 */
export function auditAnchorDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.AUDIT_ANCHOR_DIR?.trim() || path.join(".data", "audit-anchors"));
}

const FILE_PATTERN = /^audit-anchor-.*\.json$/;

/** Every stripe's newest entry and its number of entries, read in one statement (one snapshot). */
export async function readAuditHeads(db: Db): Promise<AuditStripeHead[]> {
  const rows = await db.$queryRaw<Array<{ chain: number; seq: bigint; hash: string; entries: bigint }>>`
    SELECT DISTINCT ON ("chain") "chain", "seq", "hash", COUNT(*) OVER (PARTITION BY "chain") AS "entries"
      FROM "AuditEntry" ORDER BY "chain", "seq" DESC`;
  return rows.map((r) => ({ chain: Number(r.chain), headSeq: String(r.seq), headHash: r.hash, entries: Number(r.entries) }));
}

/** What the database holds now of each stripe the anchor names. */
export async function observeAnchoredStripes(db: Db, anchor: AuditAnchor): Promise<Map<number, ObservedStripe>> {
  const observed = new Map<number, ObservedStripe>();
  for (const head of anchor.stripes) {
    const seq = BigInt(head.headSeq);
    const [at] = await db.$queryRaw<Array<{ hash: string }>>`SELECT "hash" FROM "AuditEntry" WHERE "chain" = ${head.chain} AND "seq" = ${seq}`;
    const [counts] = await db.$queryRaw<Array<{ upto: bigint; head: bigint | null }>>`
      SELECT COUNT(*) FILTER (WHERE "seq" <= ${seq}) AS "upto", MAX("seq") AS "head" FROM "AuditEntry" WHERE "chain" = ${head.chain}`;
    observed.set(head.chain, { hashAtAnchoredSeq: at?.hash ?? null, entriesUpToAnchoredSeq: Number(counts?.upto ?? 0), headSeq: counts?.head ?? null });
  }
  return observed;
}

/** Writes the anchor as a new file (never over an old one), complete or not at all. */
export function saveAuditAnchor(dir: string, anchor: AuditAnchor): string {
  fs.mkdirSync(dir, { recursive: true });
  const name = `audit-anchor-${anchor.createdAt.replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}.json`;
  const file = path.join(dir, name);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(anchor, null, 2)}\n`, { mode: 0o640, flag: "wx" });
  fs.renameSync(partial, file);
  return file;
}

export interface BadAnchorFile {
  file: string;
  reason: "malformed" | "unknown-key" | "bad-signature";
}

export interface LatestAnchor {
  /** The newest anchor whose signature holds, or null when there is none. */
  anchor: AuditAnchor | null;
  file: string | null;
  /** Files newer (by name) than that anchor that are not valid anchors: each one is reported. */
  badFiles: BadAnchorFile[];
}

/**
 * The last anchor: the newest file (names sort by time) whose signature verifies. Newer files that
 * do not verify are returned too, so a tampered or forged last anchor is reported, not skipped.
 */
export function loadLatestAuditAnchor(dir: string, keyring: AuditKeyring): LatestAnchor {
  const badFiles: BadAnchorFile[] = [];
  if (!fs.existsSync(dir)) return { anchor: null, file: null, badFiles };
  const names = fs.readdirSync(dir).filter((n) => FILE_PATTERN.test(n)).sort().reverse();
  let best: { anchor: AuditAnchor; file: string } | null = null as { anchor: AuditAnchor; file: string } | null;
  for (const name of names) {
    const file = path.join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
      badFiles.push({ file, reason: "malformed" });
      continue;
    }
    const check = checkAuditAnchor(parsed, keyring);
    if (!check.ok) {
      badFiles.push({ file, reason: check.reason });
      continue;
    }
    best = { anchor: check.anchor, file };
    break;
  }
  return { anchor: best?.anchor ?? null, file: best?.file ?? null, badFiles };
}
