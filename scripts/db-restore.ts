// `npm run db:restore -- <file> --yes`: replaces the database's content with a backup.
//   PostgreSQL: drops the portal's schemas and pg_restore's the dump (needs pg_restore on PATH).
//   Embedded PGlite: the current data directory is kept beside it as <dir>.before-restore-<time>.
import fs from "node:fs";
import path from "node:path";
import { restorePglite, restorePostgres } from "@/tooling/backup/restore-database";
import { resolveDatabaseUrl } from "@/lib/db/client";

async function main() {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) throw new Error("usage: npm run db:restore -- <backup file> --yes");
  if (!process.argv.includes("--yes")) throw new Error("Restoring replaces every row of the database. Add --yes if you mean it.");
  const database = resolveDatabaseUrl(process.env.DATABASE_URL);
  console.log(`› Restoring ${file} into ${database.kind === "postgres" ? "PostgreSQL" : database.dataDir} …`);
  if (database.kind === "postgres") {
    await restorePostgres(database.url, path.resolve(file));
  } else {
    if (database.inMemory) throw new Error("Cannot restore into an in-memory database");
    if (fs.existsSync(database.dataDir)) {
      const aside = `${database.dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(database.dataDir, aside);
      console.log(`  the previous data directory is kept at ${aside}`);
    }
    const pglite = await restorePglite(path.resolve(file), database.dataDir);
    await pglite.close();
  }
  console.log("✔ Restored. Start the portal to apply any newer migrations.");
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
