import { createHmac, timingSafeEqual } from "node:crypto";
import { canonicalJson } from "./audit-hash";
import { auditSubKey, type AuditKey, type AuditKeyring } from "./audit-keys";

/**
 * An anchor: each stripe's head (seq, hash, number of entries) at one moment, signed with the
 * audit key and written outside the database (lib/audit/write-audit-anchor.ts). Whoever deletes
 * the newest entries of a stripe, or rewrites one up to the head, cannot make the database match
 * the last anchor again without the key. Pure: no I/O here.
 */
export const AUDIT_ANCHOR_FORMAT = "nanchang-portal-audit-anchor/1";

export interface AuditStripeHead {
  chain: number;
  /** A bigint as a decimal string (JSON has no bigint). */
  headSeq: string;
  headHash: string;
  entries: number;
}

export interface AuditAnchorPayload {
  format: typeof AUDIT_ANCHOR_FORMAT;
  createdAt: string;
  reason: "scheduled" | "manual" | "start-up" | "key-rotation" | "backup";
  keyId: string;
  stripes: AuditStripeHead[];
}

export interface AuditAnchor extends AuditAnchorPayload {
  /** HMAC-SHA-256 (hex) of the canonical JSON of everything else, under the anchor sub-key. */
  signature: string;
}

function signatureOf(payload: AuditAnchorPayload, key: Buffer): string {
  const { format, createdAt, reason, keyId, stripes } = payload;
  return createHmac("sha256", auditSubKey(key, "anchor")).update(canonicalJson({ format, createdAt, reason, keyId, stripes })).digest("hex");
}

export function signAuditAnchor(payload: Omit<AuditAnchorPayload, "keyId" | "format">, key: AuditKey): AuditAnchor {
  const full: AuditAnchorPayload = { format: AUDIT_ANCHOR_FORMAT, ...payload, keyId: key.id };
  return { ...full, signature: signatureOf(full, key.key) };
}

export type AnchorSignatureCheck = { ok: true; anchor: AuditAnchor } | { ok: false; reason: "malformed" | "unknown-key" | "bad-signature" };

function isHead(value: unknown): value is AuditStripeHead {
  const h = value as AuditStripeHead;
  return (
    typeof h === "object" && h !== null && Number.isInteger(h.chain) && typeof h.headSeq === "string" && /^\d+$/.test(h.headSeq) &&
    typeof h.headHash === "string" && Number.isInteger(h.entries) && h.entries > 0
  );
}

/** Parses and checks an anchor read from a file: its shape, its key and its signature. */
export function checkAuditAnchor(value: unknown, keyring: AuditKeyring): AnchorSignatureCheck {
  const a = value as AuditAnchor;
  if (
    typeof a !== "object" || a === null || a.format !== AUDIT_ANCHOR_FORMAT || typeof a.createdAt !== "string" ||
    Number.isNaN(Date.parse(a.createdAt)) || typeof a.keyId !== "string" || typeof a.signature !== "string" ||
    !Array.isArray(a.stripes) || !a.stripes.every(isHead)
  ) {
    return { ok: false, reason: "malformed" };
  }
  const key = keyring.byId.get(a.keyId);
  if (!key) return { ok: false, reason: "unknown-key" };
  const expected = Buffer.from(signatureOf(a, key), "hex");
  const actual = Buffer.from(a.signature, "hex");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: "bad-signature" };
  return { ok: true, anchor: a };
}

/** What the database holds of one anchored stripe. */
export interface ObservedStripe {
  /** The hash of the entry at the anchored head's seq in that stripe, or null when there is none. */
  hashAtAnchoredSeq: string | null;
  /** Entries of the stripe with seq up to the anchored head's. */
  entriesUpToAnchoredSeq: number;
  /** The stripe's newest seq now, or null when the stripe is empty. */
  headSeq: bigint | null;
}

export interface AuditAnchorFinding {
  chain: number;
  /**
   * truncated: the anchored head and everything after it are gone (entries deleted from the head);
   * rewritten: the anchored head is there with another hash; count-mismatch: entries before the
   * anchored head were deleted or added.
   */
  kind: "truncated" | "rewritten" | "count-mismatch";
  anchoredSeq: bigint;
  anchoredEntries: number;
  databaseEntries: number;
  databaseHeadSeq: bigint | null;
}

/** Compares the database with an anchor, stripe by stripe. Stripes begun after the anchor are not in it. */
export function compareWithAnchor(anchor: AuditAnchor, observed: ReadonlyMap<number, ObservedStripe>): AuditAnchorFinding[] {
  const findings: AuditAnchorFinding[] = [];
  for (const head of anchor.stripes) {
    const now = observed.get(head.chain) ?? { hashAtAnchoredSeq: null, entriesUpToAnchoredSeq: 0, headSeq: null };
    const anchoredSeq = BigInt(head.headSeq);
    const base = { chain: head.chain, anchoredSeq, anchoredEntries: head.entries, databaseEntries: now.entriesUpToAnchoredSeq, databaseHeadSeq: now.headSeq };
    if (now.hashAtAnchoredSeq === null && (now.headSeq === null || now.headSeq < anchoredSeq)) findings.push({ ...base, kind: "truncated" });
    else if (now.hashAtAnchoredSeq !== head.headHash) findings.push({ ...base, kind: "rewritten" });
    else if (now.entriesUpToAnchoredSeq !== head.entries) findings.push({ ...base, kind: "count-mismatch" });
  }
  return findings;
}
