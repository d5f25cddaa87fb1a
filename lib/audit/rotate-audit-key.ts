import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "./append-audit-entry";
import { auditKeyringFromEnv } from "./audit-keys";
import { verifyAuditChain } from "./verify-audit-chain";
import { AuditChainNotAnchoredError, writeAuditAnchor } from "./write-audit-anchor";

/**
 * Starts the audit chain's next key without rewriting history: run with the new key as
 * AUDIT_HMAC_KEY and the old one(s) in AUDIT_HMAC_PREVIOUS_KEYS. First every entry and the last
 * anchor must verify under the configured keys (so no key needed for old entries was left out);
 * then the rotation is audited (the first entry under the new key) and anchored. Old entries keep
 * their key id and verify as long as their key stays in AUDIT_HMAC_PREVIOUS_KEYS.
 */
export async function rotateAuditKey(prisma: PrismaClient, options: { anchorDir: string }): Promise<{ keyId: string; anchorFile: string }> {
  const keyring = auditKeyringFromEnv();
  const report = await verifyAuditChain(prisma, { anchorDir: options.anchorDir, keyring });
  if (!report.valid) throw new AuditChainNotAnchoredError(report);
  await prisma.$transaction((tx) =>
    appendAuditEntry(tx, {
      action: "audit.key-rotated",
      result: "success",
      details: { keyId: keyring.current.id, verifyingKeyIds: [...keyring.byId.keys()].filter((id) => id !== keyring.current.id) },
    }),
  );
  const { file } = await writeAuditAnchor(prisma, { dir: options.anchorDir, reason: "key-rotation", keyring });
  return { keyId: keyring.current.id, anchorFile: file };
}
