import { createHmac } from "node:crypto";
import { serverEnv } from "@/lib/config/env";

/**
 * The audit chain's keys. The current key (AUDIT_HMAC_KEY) signs new entries and anchors; older
 * keys (AUDIT_HMAC_PREVIOUS_KEYS) only verify, so a rotation never rewrites history. Every entry
 * and anchor records the id of its key: a short hash of the key, like the PII envelopes'.
 */
export interface AuditKey {
  id: string;
  key: Buffer;
}

export interface AuditKeyring {
  current: AuditKey;
  /** Every key that verifies, the current one included. */
  byId: ReadonlyMap<string, Buffer>;
}

export function auditKeyId(key: Buffer): string {
  return createHmac("sha256", key).update("audit-key-id").digest("base64url").slice(0, 10);
}

function parseKey(text: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== 32) throw new Error("An audit key must be 32 bytes, base64-encoded.");
  return key;
}

/** A keyring from the current key and the older ones (base64 strings). */
export function auditKeyring(currentKey: string, previousKeys: string[] = []): AuditKeyring {
  const current = parseKey(currentKey);
  const byId = new Map<string, Buffer>();
  for (const key of [current, ...previousKeys.filter((k) => k.trim() !== "").map(parseKey)]) byId.set(auditKeyId(key), key);
  return { current: { id: auditKeyId(current), key: current }, byId };
}

/** The keyring the environment configures (AUDIT_HMAC_KEY, AUDIT_HMAC_PREVIOUS_KEYS). */
export function auditKeyringFromEnv(): AuditKeyring {
  const env = serverEnv();
  return auditKeyring(env.AUDIT_HMAC_KEY, (env.AUDIT_HMAC_PREVIOUS_KEYS ?? "").split(","));
}

/** A sub-key per purpose, so an anchor signature can never be replayed as an entry hash or back. */
export function auditSubKey(key: Buffer, purpose: "entry" | "anchor"): Buffer {
  return createHmac("sha256", key).update(`nanchang-portal-audit:${purpose}`).digest();
}
