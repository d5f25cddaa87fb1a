// `npm run audit:rotate-key`: the audit chain continues under a new key; nothing written is changed.
//   PostgreSQL: AUDIT_HMAC_KEY=<new key> AUDIT_HMAC_PREVIOUS_KEYS=<old key>[,<older>…] npm run audit:rotate-key
//     then give every instance the same two variables and restart them. Keep the old keys in
//     AUDIT_HMAC_PREVIOUS_KEYS for as long as their entries must verify (for good).
//   Embedded (no AUDIT_HMAC_KEY set): a new key is generated into .data/local-secrets.json and the
//     old one kept as previous. Stop `npm start` first.
// Refuses when the log does not verify under the configured keys and the last anchor.
import { auditAnchorDir } from "@/lib/audit/audit-anchor-store";
import { rotateAuditKey } from "@/lib/audit/rotate-audit-key";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { AuditChainNotAnchoredError } from "@/lib/audit/write-audit-anchor";
import { resetServerEnvCache } from "@/lib/config/env";
import { resolveDatabaseUrl } from "@/lib/db/client";
import { closeDatabase, getPrisma } from "@/lib/db";
import { describeAuditReport } from "../tooling/scripts/audit-cli";
import { nextLocalAuditKey, saveLocalSecrets } from "../tooling/scripts/local-secrets";

async function main() {
  const local = resolveDatabaseUrl(process.env.DATABASE_URL).kind === "pglite" && !process.env.AUDIT_HMAC_KEY;
  const anchorDir = auditAnchorDir();
  if (local) {
    const next = nextLocalAuditKey();
    Object.assign(process.env, next);
    resetServerEnvCache();
    // Check before the new key is saved: a log that does not verify is not rotated.
    const report = await verifyAuditChain(getPrisma(), { anchorDir });
    if (!report.valid) throw new AuditChainNotAnchoredError(report);
    saveLocalSecrets({ AUDIT_HMAC_KEY: next.AUDIT_HMAC_KEY!, AUDIT_HMAC_PREVIOUS_KEYS: next.AUDIT_HMAC_PREVIOUS_KEYS! });
    console.log("› A new audit key is in .data/local-secrets.json; the old one stays as a previous key.");
  } else if (!process.env.AUDIT_HMAC_PREVIOUS_KEYS) {
    console.log("› Note: AUDIT_HMAC_PREVIOUS_KEYS is empty; entries under an older key would not verify.");
  }
  const { keyId, anchorFile } = await rotateAuditKey(getPrisma(), { anchorDir });
  console.log(`✔ The audit log continues under key ${keyId}; anchored in ${anchorFile}.`);
}

main()
  .catch((error) => {
    if (error instanceof AuditChainNotAnchoredError) for (const line of describeAuditReport(error.report)) console.error(`  ${line}`);
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
