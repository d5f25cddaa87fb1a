import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SECRET_NAMES = ["NEXTAUTH_SECRET", "PII_ENCRYPTION_KEY", "PII_LOOKUP_KEY", "AUDIT_HMAC_KEY"] as const;
/** Optional: present once `npm run audit:rotate-key` has replaced the local audit key. */
const OPTIONAL_NAMES = ["AUDIT_HMAC_PREVIOUS_KEYS"] as const;

/**
 * For the embedded demo only: secrets generated once per checkout and kept in .data/ (mode
 * 600), so `npm start` needs nothing set and restarts keep sessions and encrypted data readable.
 * A deployment on PostgreSQL must set them in the environment instead; the app refuses to
 * start without them.
 */
export function ensureLocalSecrets(env: NodeJS.ProcessEnv, dataDir = ".data"): Record<string, string> {
  const file = path.join(dataDir, "local-secrets.json");
  let stored: Record<string, string> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, "utf8"));
  let changed = false;
  for (const name of SECRET_NAMES) {
    if (env[name] || stored[name]) continue;
    stored[name] = randomBytes(32).toString("base64");
    changed = true;
  }
  if (changed) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  const result: Record<string, string> = {};
  for (const name of SECRET_NAMES) result[name] = env[name] || stored[name]!;
  for (const name of OPTIONAL_NAMES) if (env[name] || stored[name]) result[name] = env[name] || stored[name]!;
  return result;
}

/**
 * For the embedded demo: the local secrets with a new AUDIT_HMAC_KEY, the old one moved to the
 * front of AUDIT_HMAC_PREVIOUS_KEYS. Returns them without saving; saveLocalSecrets() stores them.
 */
export function nextLocalAuditKey(dataDir = ".data"): Record<string, string> {
  const stored = ensureLocalSecrets({} as NodeJS.ProcessEnv, dataDir);
  const previous = [stored.AUDIT_HMAC_KEY!, ...(stored.AUDIT_HMAC_PREVIOUS_KEYS ?? "").split(",").filter(Boolean)];
  return { ...stored, AUDIT_HMAC_KEY: randomBytes(32).toString("base64"), AUDIT_HMAC_PREVIOUS_KEYS: previous.join(",") };
}

export function saveLocalSecrets(secrets: Record<string, string>, dataDir = ".data"): void {
  const file = path.join(dataDir, "local-secrets.json");
  const stored: Record<string, string> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...stored, ...secrets }, null, 2), { mode: 0o600 });
}
