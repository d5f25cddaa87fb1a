import { getDatabase } from "../../lib/db";
import { resolveDatabaseUrl } from "../../lib/db/client";
import { applyMigrations, type ApplyMigrationsOptions } from "./migrate";

/**
 * Applies pending migrations through the process's own connection (required for PGlite, whose
 * data directory cannot be opened twice). Call once at start-up, before serving requests.
 * On PostgreSQL with MIGRATION_DATABASE_URL set, migrations run as that role (the tables' owner)
 * on a connection of their own, while the app's DATABASE_URL role owns nothing (README,
 * "Production"); without it, as the app's role, as before.
 * Kept out of lib/db/index.ts so that pages importing the client do not pull the migration runner
 * (and its file-system access) into every server bundle.
 */
export function migrateDatabase(options: Pick<ApplyMigrationsOptions, "migrationsDir" | "log"> = {}): Promise<string[]> {
  const owner = process.env.MIGRATION_DATABASE_URL?.trim();
  if (owner && resolveDatabaseUrl(process.env.DATABASE_URL).kind === "postgres") return applyMigrations({ ...options, url: owner });
  return applyMigrations({ ...options, db: getDatabase() });
}
