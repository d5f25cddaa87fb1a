import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Tx } from "@/lib/db";
import type { ApiKeyPrincipal } from "./authenticate-api-key";

export interface ApiKeyUse {
  method: string;
  path: string;
  status: number;
  address: string;
  /** An idempotent write answered from its stored response. */
  replayed?: boolean;
}

/**
 * One request made with a key: lastUsedAt and an audit entry naming the key (id and prefix, never
 * the secret), in the caller's transaction. The audit entry is the transaction's last statement.
 */
export async function recordApiKeyUse(tx: Tx, key: ApiKeyPrincipal, use: ApiKeyUse): Promise<void> {
  await tx.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  await appendAuditEntry(tx, {
    actorId: null,
    actorRole: "API_KEY",
    action: "api-key.use",
    targetType: "ApiKey",
    targetId: key.id,
    result: use.status < 400 ? "success" : use.status === 403 || use.status === 404 ? "denied" : "failure",
    details: { prefix: key.prefix, method: use.method, path: use.path, status: use.status, ...(use.replayed ? { replayed: true } : {}) },
    ipAddress: use.address,
  });
}
