import { getDatabase } from "../db";
import { applyMigrations, type ApplyMigrationsOptions } from "./migrate";

/**
 * Applies pending migrations through the process's own connection (required for PGlite, whose
 * data directory cannot be opened twice). Call once at start-up, before serving requests.
 * Kept out of lib/db.ts so that pages importing the client do not pull the migration runner
 * (and its file-system access) into every server bundle.
 */
export function migrateDatabase(options: Pick<ApplyMigrationsOptions, "migrationsDir" | "log"> = {}): Promise<string[]> {
  return applyMigrations({ ...options, db: getDatabase() });
}
