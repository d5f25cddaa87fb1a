// npm run db:migrate [-- <migrations folder>]
// Applies the pending migrations of prisma/migrations (or the folder given) to MIGRATION_DATABASE_URL
// when set (the tables' owner), else DATABASE_URL:
// embedded PGlite when unset or a path, PostgreSQL for postgres://… URLs.
// The PGlite data directory must not be open in another process (stop the app first).

import { openRawDatabase, redactUrl, resolveDatabaseUrl } from "../lib/db/client";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, MigrationError } from "../tooling/db/migrate";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    console.log("usage: npm run db:migrate [-- <migrations folder>]   (default prisma/migrations)");
    return 0;
  }
  const migrationsDir = args[0] ?? DEFAULT_MIGRATIONS_DIR;
  // The owner's connection when the app runs as a role of its own (README, "Production").
  const url = process.env.MIGRATION_DATABASE_URL?.trim() || process.env.DATABASE_URL;
  const resolved = resolveDatabaseUrl(url);
  console.log(
    resolved.kind === "postgres"
      ? `database: PostgreSQL ${redactUrl(resolved.url)}`
      : `database: PGlite ${resolved.inMemory ? "(in memory)" : resolved.dataDir}`,
  );

  const database = openRawDatabase(url);
  try {
    const applied = await applyMigrations({ raw: database.raw, migrationsDir });
    console.log(applied.length === 0 ? "nothing to apply" : `applied ${applied.length} migration(s)`);
    return 0;
  } catch (error) {
    console.error(error instanceof MigrationError ? `error: ${error.message}` : error);
    return 1;
  } finally {
    // PGlite keeps the process alive until closed.
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
