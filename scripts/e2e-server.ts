// Serves the production build on a scratch database for the Playwright suite:
//   tsx scripts/e2e-server.ts pglite 3100     fresh PGlite directory under .data/
//   tsx scripts/e2e-server.ts postgres 3101   fresh database "portal_e2e" on TEST_DATABASE_URL's server
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { closeDatabase, getPrisma } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate-app-database";
import { seedDemo } from "@/prisma/seed/seed-demo";

// Fixed, test-only secrets: the e2e database is thrown away after the run.
const TEST_SECRETS = {
  NEXTAUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only-secret",
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  PII_LOOKUP_KEY: Buffer.alloc(32, 9).toString("base64"),
};

async function freshPostgresDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  const [kind = "pglite", port = "3100"] = process.argv.slice(2);
  let databaseUrl: string;
  if (kind === "postgres") {
    const server = process.env.TEST_DATABASE_URL;
    if (!server) throw new Error("TEST_DATABASE_URL is not set");
    databaseUrl = await freshPostgresDatabase(server, `portal_e2e_${port}`);
  } else {
    const dir = path.resolve(".data", `e2e-pglite-${port}`);
    fs.rmSync(dir, { recursive: true, force: true });
    databaseUrl = dir;
  }
  const evidenceDir = path.resolve(".data", `e2e-evidence-${port}`);
  fs.rmSync(evidenceDir, { recursive: true, force: true });
  const env = { ...process.env, ...TEST_SECRETS, DATABASE_URL: databaseUrl, EVIDENCE_DIR: evidenceDir, NEXTAUTH_URL: `http://127.0.0.1:${port}`, PORT: port };
  Object.assign(process.env, env);
  await migrateDatabase({ log: false });
  await seedDemo(getPrisma());
  await closeDatabase();
  const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
