// `npm run db:backup [-- <file>]`: a backup of the portal's database.
//   PostgreSQL (DATABASE_URL postgres://…): pg_dump custom format (needs pg_dump on PATH).
//   Embedded PGlite: PGlite's data-directory dump (.tar.gz). Stop `npm start` first.
import fs from "node:fs";
import path from "node:path";
import { backupPglite, backupPostgres } from "@/lib/backup/backup-database";
import { openRawDatabase, resolveDatabaseUrl } from "@/lib/db/client";

async function main() {
  const database = resolveDatabaseUrl(process.env.DATABASE_URL);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(process.argv[2] ?? path.join("backups", `portal-${stamp}.${database.kind === "postgres" ? "dump" : "tar.gz"}`));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  console.log(`› Backing up ${database.kind === "postgres" ? "PostgreSQL" : `PGlite (${database.dataDir})`} to ${file} …`);
  if (database.kind === "postgres") {
    await backupPostgres(database.url, file);
  } else {
    const raw = openRawDatabase(process.env.DATABASE_URL);
    try {
      await backupPglite(raw.pglite!, file);
    } finally {
      await raw.close();
    }
  }
  console.log(`✔ ${(fs.statSync(file).size / 1024).toFixed(0)} KiB written.`);
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
