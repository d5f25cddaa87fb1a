import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import type { PGlite } from "@electric-sql/pglite";

/** Runs a PostgreSQL client tool, failing with its own error output. */
export function runPgTool(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`))));
  });
}

/**
 * PostgreSQL: pg_dump's custom format (compressed, restorable with pg_restore), of every schema
 * the portal uses (its tables and the job queue).
 */
export async function backupPostgres(url: string, file: string): Promise<void> {
  await runPgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file, url]);
}

/** Embedded PGlite: its own dump of the whole data directory, as a gzip'd tarball. */
export async function backupPglite(pglite: PGlite, file: string): Promise<void> {
  // Dumping an instance that has not finished starting never resolves.
  await pglite.waitReady;
  const dump = await pglite.dumpDataDir("gzip");
  await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()));
}
