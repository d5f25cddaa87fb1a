import { randomBytes } from "node:crypto";

/** Secrets for integration tests: generated per run, never real ones. */
export function applyTestSecrets(): void {
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.PII_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.PII_LOOKUP_KEY ??= randomBytes(32).toString("base64");
  process.env.AUDIT_HMAC_KEY ??= randomBytes(32).toString("base64");
}

export const DATABASE_KINDS = ["pglite", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])] as Array<"pglite" | "postgres">;
