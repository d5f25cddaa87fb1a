// Serves the production build on a scratch database for the Playwright suite:
//   tsx scripts/e2e-server.ts pglite 3100     fresh PGlite directory under .data/
//   tsx scripts/e2e-server.ts postgres 3101   fresh database "portal_e2e" on TEST_DATABASE_URL's server
//
// The server's stdout and stderr also go to .data/e2e-logs/<kind>-<port>.log, and the ID numbers
// and bank accounts just seeded to .data/e2e-logs/<kind>-<port>.seeded.json (test data only), so
// that e2e/global-teardown.ts can scan the logs for them (tooling/log-scan.ts).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { decryptPii } from "@/lib/crypto/pii";
import { closeDatabase, getPrisma } from "@/lib/db";
import { migrateDatabase } from "@/tooling/db/migrate-app-database";
import { e2eLogPaths } from "@/tooling/log-scan";
import { seedDemo } from "@/prisma/seed/seed-demo";

// Fixed, test-only secrets: the e2e database is thrown away after the run.
const TEST_SECRETS = {
  NEXTAUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only-secret",
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  PII_LOOKUP_KEY: Buffer.alloc(32, 9).toString("base64"),
  AUDIT_HMAC_KEY: Buffer.alloc(32, 5).toString("base64"),
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

/** The seeded resident ID numbers and bank accounts, decrypted: what the log scan looks for. */
async function seededSecrets() {
  const prisma = getPrisma();
  const persons = await prisma.person.findMany({ select: { idNumberEnc: true } });
  const trainees = await prisma.trainee.findMany({ where: { bankAccountEnc: { not: null } }, select: { bankAccountEnc: true } });
  const organisations = await prisma.organisation.findMany({ where: { bankAccountEnc: { not: null } }, select: { bankAccountEnc: true } });
  return {
    idNumbers: persons.map((p) => decryptPii(p.idNumberEnc)),
    bankAccounts: [...trainees, ...organisations].map((r) => decryptPii(r.bankAccountEnc!)),
  };
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
  // Each server anchors its own scratch database's audit log, so anchors never mix.
  const anchorDir = path.resolve(".data", `e2e-audit-anchors-${port}`);
  fs.rmSync(anchorDir, { recursive: true, force: true });
  const env = { ...process.env, ...TEST_SECRETS, DATABASE_URL: databaseUrl, EVIDENCE_DIR: evidenceDir, AUDIT_ANCHOR_DIR: anchorDir, NEXTAUTH_URL: `http://127.0.0.1:${port}`, PORT: port,
    // Every spec signs up and posts from 127.0.0.1: the suite would use up an office's hourly
    // allowance (lib/throttle); the limits themselves are proved by tests/db/rate-limit.test.ts.
    RATE_LIMIT_SCALE: process.env.RATE_LIMIT_SCALE ?? "50" };
  Object.assign(process.env, env);
  await migrateDatabase({ log: false });
  await seedDemo(getPrisma());
  const logs = e2eLogPaths(process.cwd(), kind, port);
  fs.mkdirSync(logs.dir, { recursive: true });
  fs.writeFileSync(logs.seeded, JSON.stringify(await seededSecrets()));
  await closeDatabase();
  // Everything the server prints goes to the terminal (Playwright pipes it) and to the log file.
  const logFile = fs.createWriteStream(logs.log, { flags: "w" });
  const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: ["inherit", "pipe", "pipe"], env });
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    logFile.write(chunk);
  });
  server.stderr.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    logFile.write(chunk);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => logFile.end(() => process.exit(code ?? 0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
