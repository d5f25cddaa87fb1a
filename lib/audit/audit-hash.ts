import { createHash, createHmac } from "node:crypto";
import { auditSubKey, type AuditKey } from "./audit-keys";

export const AUDIT_GENESIS_HASH = "0".repeat(64);

export interface AuditHashInput {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  result: string;
  details: unknown;
  ipAddress: string | null;
  /**
   * The entry's city (issue 22). Hashed when given, null included: every entry written since the
   * column exists carries it, so moving an entry to another city's log (or out of every city's)
   * breaks its hash. Left out (undefined) for the entries written before: their hash never
   * covered a city, and the city the migration back-filled into them stays outside it, so
   * back-filling changed no hash. The verifier accepts that older form only where it can have been
   * written (verify-audit-chain.ts).
   */
  cityId?: string | null;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function auditContent(entry: AuditHashInput): string {
  return canonicalJson({
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    result: entry.result,
    details: entry.details ?? null,
    ipAddress: entry.ipAddress,
    // canonicalJson leaves out an undefined member: the content of an entry without a city is
    // exactly the older content, byte for byte.
    cityId: entry.cityId,
  });
}

/**
 * The unkeyed hash of entries written before the chain was keyed (hashKeyId null): each covers its
 * content and the previous entry's hash. Kept only to verify those entries: anyone can recompute it.
 */
export function computeAuditHash(prevHash: string, entry: AuditHashInput): string {
  return createHash("sha256").update(prevHash).update("\n").update(auditContent(entry)).digest("hex");
}

/**
 * The keyed hash of every entry written since: HMAC-SHA-256 under a key the database does not
 * hold, over the key id, the previous entry's hash and the content. Editing an entry and
 * recomputing the chain needs the key.
 */
export function computeKeyedAuditHash(key: AuditKey, prevHash: string, entry: AuditHashInput): string {
  return createHmac("sha256", auditSubKey(key.key, "entry"))
    .update(key.id)
    .update("\n")
    .update(prevHash)
    .update("\n")
    .update(auditContent(entry))
    .digest("hex");
}

/**
 * The audit log is this many independent hash chains ("stripes"), so that audited writes to
 * different records do not queue on one lock. Changing the number re-routes future entries only;
 * every stripe stays verifiable (the verifier walks whatever stripes exist).
 */
export const AUDIT_CHAIN_STRIPES = 16;

/** The stripe of an entry: a stable hash of `targetType:targetId`; entries without a target go to stripe 0. */
export function auditStripeFor(targetType: string | null | undefined, targetId: string | null | undefined): number {
  if (!targetType || !targetId) return 0;
  return createHash("sha256").update(`${targetType}:${targetId}`).digest().readUInt32BE(0) % AUDIT_CHAIN_STRIPES;
}

/**
 * Where stripe `chain` starts. Stripe 0 keeps the original genesis (the single chain written
 * before striping is stripe 0); every other stripe has its own, so no two stripes share a hash.
 */
export function auditGenesisHash(chain: number): string {
  return chain === 0 ? AUDIT_GENESIS_HASH : createHash("sha256").update(`nanchang-portal-audit-genesis:${chain}`).digest("hex");
}
