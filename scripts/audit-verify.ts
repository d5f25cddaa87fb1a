// `npm run audit:verify`: verifies every audit stripe (keys from AUDIT_HMAC_KEY and
// AUDIT_HMAC_PREVIOUS_KEYS) and compares the database with the last anchor in AUDIT_ANCHOR_DIR.
// Exit 1 when anything does not verify.
import { auditAnchorDir } from "@/lib/audit/audit-anchor-store";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { closeDatabase, getPrisma } from "@/lib/db";
import { describeAuditReport, loadAuditSecrets } from "../tooling/scripts/audit-cli";

async function main() {
  loadAuditSecrets();
  const report = await verifyAuditChain(getPrisma(), { anchorDir: auditAnchorDir() });
  for (const line of describeAuditReport(report)) console.log(`  ${line}`);
  if (!report.valid) throw new Error("The audit log does not verify.");
  console.log("✔ The audit log verifies.");
}

main()
  .catch((error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
