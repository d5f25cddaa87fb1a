import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { serverEnv } from "@/lib/config/env";

/**
 * Personal identifiers (resident ID numbers, bank accounts) are stored as AES-256-GCM
 * envelopes "v1.<keyId>.<iv>.<ciphertext+tag>" (base64url). The key id is a short hash of the
 * key, so rotation can re-encrypt rows while old keys still decrypt.
 */
const VERSION = "v1";

function keyId(key: Buffer): string {
  return createHmac("sha256", key).update("key-id").digest("base64url").slice(0, 8);
}

function currentKey(): Buffer {
  return Buffer.from(serverEnv().PII_ENCRYPTION_KEY, "base64");
}

function allKeys(): Buffer[] {
  const previous = (serverEnv().PII_PREVIOUS_KEYS ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => Buffer.from(k, "base64"));
  return [currentKey(), ...previous];
}

export function encryptPii(plaintext: string, key: Buffer = currentKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, keyId(key), iv.toString("base64url"), body.toString("base64url")].join(".");
}

export class PiiDecryptionError extends Error {
  constructor() {
    // Never include the envelope or any plaintext in the message: it may reach a log.
    super("A stored personal identifier could not be decrypted with any configured key.");
    this.name = "PiiDecryptionError";
  }
}

export function decryptPii(envelope: string, keys: Buffer[] = allKeys()): string {
  const [version, id, ivText, bodyText] = envelope.split(".");
  if (version !== VERSION || !id || !ivText || !bodyText) throw new PiiDecryptionError();
  const key = keys.find((candidate) => keyId(candidate) === id);
  if (!key) throw new PiiDecryptionError();
  const body = Buffer.from(bodyText, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(ivText, "base64url"));
  decipher.setAuthTag(body.subarray(body.length - 16));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    throw new PiiDecryptionError();
  }
}

/** True when the envelope was made with the current key (used by key rotation). */
export function isUnderCurrentKey(envelope: string): boolean {
  return envelope.split(".")[1] === keyId(currentKey());
}

/** Keyed hash for uniqueness and look-up: equal inputs match without storing the plaintext. */
export function lookupHash(normalisedValue: string): string {
  const key = Buffer.from(serverEnv().PII_LOOKUP_KEY, "base64");
  return createHmac("sha256", key).update(normalisedValue).digest("hex");
}

export function last4(value: string): string {
  return value.slice(-4);
}
