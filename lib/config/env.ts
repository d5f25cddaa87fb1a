import { z } from "zod";

/**
 * Secrets the server cannot run without. In production a missing one stops the app at
 * start-up with a message naming it; `npm start` on the embedded database generates local
 * ones (scripts/start.ts) so a newcomer needs nothing set.
 */
const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64-encoded");

const serverEnvSchema = z.object({
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  PII_ENCRYPTION_KEY: base64Key,
  PII_LOOKUP_KEY: base64Key,
  /** Older encryption keys, comma-separated: still decrypt, never encrypt (key rotation). */
  PII_PREVIOUS_KEYS: z.string().optional(),
  /** HMAC-SHA-256 key of the audit chain and its anchors: held outside the database, so whoever can write the table cannot recompute the chain. */
  AUDIT_HMAC_KEY: base64Key,
  /** Older audit keys, comma-separated: entries and anchors made with them still verify; nothing new is signed with them. */
  AUDIT_HMAC_PREVIOUS_KEYS: z.string().optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class MissingSecretError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `The portal cannot start: required secrets are missing or malformed:\n` +
        problems.map((p) => `  - ${p}`).join("\n") +
        `\nSet them in the environment (see README, "Production").`,
    );
    this.name = "MissingSecretError";
  }
}

let cached: ServerEnv | undefined;

export function readServerEnv(env: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new MissingSecretError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  return parsed.data;
}

export function serverEnv(): ServerEnv {
  cached ??= readServerEnv();
  return cached;
}

/** Forgets the parsed environment, so the next read sees changed variables (tests of key rotation). */
export function resetServerEnvCache(): void {
  cached = undefined;
}
