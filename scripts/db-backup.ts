// `npm run db:backup [-- <file>]`: a backup of the portal's database.
//   PostgreSQL (DATABASE_URL postgres://…): pg_dump custom format (needs pg_dump on PATH).
//   Embedded PGlite: PGlite's data-directory dump (.tar.gz). Stop `npm start` first.
// Beside it, <file>.audit-heads.json: the audit log's stripe heads, signed like an anchor.
import fs from "node:fs";
import path from "node:path";
import { backupAuditHeadsFile, writeBackupAuditHeads } from "@/tooling/backup/backup-audit-heads";
import { backupPglite, backupPostgres } from "@/tooling/backup/backup-database";
import { createPrismaClient, resolveDatabaseUrl } from "@/lib/db/client";
import { loadAuditSecrets } from "../tooling/scripts/audit-cli";

async function main() {
  const database = resolveDatabaseUrl(process.env.DATABASE_URL);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(process.argv[2] ?? path.join("backups", `portal-${stamp}.${database.kind === "postgres" ? "dump" : "tar.gz"}`));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  console.log(`› Backing up ${database.kind === "postgres" ? "PostgreSQL" : `PGlite (${database.dataDir})`} to ${file} …`);
  loadAuditSecrets();
  const handle = createPrismaClient(process.env.DATABASE_URL);
  try {
    // The audit heads first: the dump then holds at least the entries they name.
    await writeBackupAuditHeads(handle.prisma, file);
    if (database.kind === "postgres") await backupPostgres(database.url, file);
    else await backupPglite(handle.pglite!, file);
  } finally {
    await handle.close();
  }
  console.log(`  audit heads (signed): ${backupAuditHeadsFile(file)}`);
  console.log(`✔ ${(fs.statSync(file).size / 1024).toFixed(0)} KiB written.`);
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
