import fs from "node:fs";
import type { Db } from "@/lib/db";
import { signAuditAnchor, type AuditAnchor } from "@/lib/audit/audit-anchor";
import { readAuditHeads } from "@/lib/audit/audit-anchor-store";
import { auditKeyringFromEnv, type AuditKeyring } from "@/lib/audit/audit-keys";

/** The file beside a backup that holds its audit heads. */
export function backupAuditHeadsFile(backupFile: string): string {
  return `${backupFile}.audit-heads.json`;
}

/**
 * Every backup carries the audit log's stripe heads as a signed anchor beside it. Read them before
 * the dump: the log is append-only, so the dump holds at least these entries, and a database
 * restored from it can be checked against them (and later copies of the log against the backup).
 */
export async function writeBackupAuditHeads(db: Db, backupFile: string, keyring: AuditKeyring = auditKeyringFromEnv()): Promise<AuditAnchor> {
  const anchor = signAuditAnchor({ createdAt: new Date().toISOString(), reason: "backup", stripes: await readAuditHeads(db) }, keyring.current);
  fs.writeFileSync(backupAuditHeadsFile(backupFile), `${JSON.stringify(anchor, null, 2)}\n`, { mode: 0o640 });
  return anchor;
}
