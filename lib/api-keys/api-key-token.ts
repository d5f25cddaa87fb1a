import { createHash, randomBytes } from "node:crypto";

/**
 * An API key is "nck_" + 8 hex digits (the public prefix shown in lists) + "_" + 43 characters of
 * base64url (256 random bits). Only the SHA-256 of the whole key is stored: with that much entropy
 * a slow password hash adds nothing, and a fast one lets every request be checked by an index lookup.
 */
const KEY_PATTERN = /^nck_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

export interface NewApiKeyToken {
  key: string;
  prefix: string;
  secretHash: string;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function generateApiKeyToken(): NewApiKeyToken {
  const prefix = `nck_${randomBytes(4).toString("hex")}`;
  const key = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, secretHash: hashApiKey(key) };
}

/**
 * The key of an `Authorization: Bearer <key>` header, or null when the header is missing or does
 * not carry something shaped like a key (then nothing is looked up).
 */
export function bearerKeyOf(header: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? "");
  const key = match?.[1];
  return key && KEY_PATTERN.test(key) ? key : null;
}
