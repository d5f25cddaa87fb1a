import fs from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { runPgTool } from "./backup-database";

/**
 * PostgreSQL: replaces the portal's schemas with the backup's content. The current ones are
 * dropped first, so nothing written after the backup survives next to restored rows.
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  try {
    // pg_dump does not emit CREATE SCHEMA public (every database has it), so make an empty one.
    await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
  await runPgTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", url, file]);
}

/**
 * Embedded PGlite: a new data directory loaded from the dump (the caller moves the old one
 * aside first). Returns the opened instance; the caller closes it.
 */
export async function restorePglite(file: string, dataDir: string): Promise<PGlite> {
  const bytes = await fs.readFile(file);
  const pglite = new PGlite(dataDir, { loadDataDir: new Blob([new Uint8Array(bytes)]) });
  await pglite.waitReady;
  return pglite;
}
