// `npm run audit:anchor`: writes a signed checkpoint of every audit stripe's head into
// AUDIT_ANCHOR_DIR (default .data/audit-anchors) now, as the hourly job does. Refuses (exit 1)
// when the log does not verify against the last anchor. Embedded database: stop `npm start` first.
import { auditAnchorDir } from "@/lib/audit/audit-anchor-store";
import { AuditChainNotAnchoredError, writeAuditAnchor } from "@/lib/audit/write-audit-anchor";
import { closeDatabase, getPrisma } from "@/lib/db";
import { describeAuditReport, loadAuditSecrets } from "../tooling/scripts/audit-cli";

async function main() {
  loadAuditSecrets();
  try {
    const { file, anchor } = await writeAuditAnchor(getPrisma(), { dir: auditAnchorDir(), reason: "manual" });
    console.log(`✔ Anchored ${anchor.stripes.length} stripe(s), ${anchor.stripes.reduce((n, s) => n + s.entries, 0)} entries: ${file}`);
  } catch (error) {
    if (error instanceof AuditChainNotAnchoredError) for (const line of describeAuditReport(error.report)) console.error(`  ${line}`);
    throw error;
  }
}

main()
  .catch((error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
