import type { PrismaClient } from "@/lib/generated/prisma/client";
import { signAuditAnchor, type AuditAnchor, type AuditAnchorPayload } from "./audit-anchor";
import { readAuditHeads, saveAuditAnchor } from "./audit-anchor-store";
import { auditKeyringFromEnv, type AuditKeyring } from "./audit-keys";
import { verifyAuditChain, type AuditChainReport } from "./verify-audit-chain";

export class AuditChainNotAnchoredError extends Error {
  constructor(public readonly report: AuditChainReport) {
    super(
      "The audit log does not verify against its last anchor, so no new anchor was written (it would " +
        "bless the damage). See the administrator's audit page or `npm run audit:verify`.",
    );
    this.name = "AuditChainNotAnchoredError";
  }
}

/**
 * Writes a signed checkpoint of every stripe's head into `dir`. Verifies first, against the last
 * anchor: an anchor taken after entries were deleted or rewritten would make the damage the new
 * baseline, so it refuses (and the failed job or command is the alarm).
 */
export async function writeAuditAnchor(
  prisma: PrismaClient,
  options: { dir: string; reason: AuditAnchorPayload["reason"]; keyring?: AuditKeyring; now?: Date },
): Promise<{ file: string; anchor: AuditAnchor }> {
  const keyring = options.keyring ?? auditKeyringFromEnv();
  const report = await verifyAuditChain(prisma, { anchorDir: options.dir, keyring });
  if (!report.valid) throw new AuditChainNotAnchoredError(report);
  // Read after verifying: entries appended meanwhile are covered by the next verification.
  const stripes = await readAuditHeads(prisma);
  const anchor = signAuditAnchor({ createdAt: (options.now ?? new Date()).toISOString(), reason: options.reason, stripes }, keyring.current);
  return { file: saveAuditAnchor(options.dir, anchor), anchor };
}
