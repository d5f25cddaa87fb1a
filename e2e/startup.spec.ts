import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsCurrent, buildLogFile } from "../tooling/scripts/build-if-needed";
import { expect, test } from "./support";

// Not a browser test: it starts the production build itself and watches it refuse.
// Runs in the PGlite project only (see playwright.config.ts): the check does not depend on the database.
test("the server refuses to start without its secrets, naming them", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nosecret-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: dataDir, PORT: "0" };
  delete env.NEXTAUTH_SECRET;
  delete env.PII_ENCRYPTION_KEY;
  delete env.PII_LOOKUP_KEY;
  const result = spawnSync("npx", ["next", "start", "-p", "3999", "-H", "127.0.0.1"], { env, encoding: "utf8", timeout: 60_000 });
  fs.rmSync(dataDir, { recursive: true, force: true });
  expect(result.status).toBe(1);
  expect(result.stderr + result.stdout).toContain("NEXTAUTH_SECRET");
  expect(result.stderr + result.stdout).toContain("PII_ENCRYPTION_KEY");
});

// `npm start` as a newcomer runs it, on a fresh embedded database and a port of our choosing. It
// uses the production build the suite runs against (never rebuilds it: the e2e servers serve it).
test("npm start honours PORT and its log says only the database, where the demo logins are and the address", async () => {
  test.setTimeout(240_000);
  expect(buildIsCurrent(), "the build is older than the sources: run `npm run build` first").toBe(true);
  const port = Number(process.env.E2E_PORT ?? 3100) + 2;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-start-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: dataDir,
    // Its own anchors and files beside its own database: the defaults are the checkout's .data,
    // where anchors of this throw-away database would make the next `npm start` report a mismatch.
    AUDIT_ANCHOR_DIR: `${dataDir}-audit-anchors`,
    EVIDENCE_DIR: `${dataDir}-evidence`,
    PORT: String(port),
    NEXTAUTH_SECRET: "startup-spec-secret-startup-spec-secret-0123",
    PII_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
    PII_LOOKUP_KEY: Buffer.alloc(32, 4).toString("base64"),
  };
  delete env.NEXTAUTH_URL;
  // Its own process group, so that stopping it stops npx, tsx and the Next.js server under it.
  const server = spawn("npx", ["tsx", "scripts/start.ts"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    await expect.poll(() => (server.exitCode === null ? log : `exited ${server.exitCode}: ${log}`), { timeout: 200_000, intervals: [500] }).toContain(`› Portal: http://localhost:${port}`);
    // Pages that use the session and next-auth's own routes: where the NEXTAUTH_URL warnings came from.
    for (const page of ["/login", "/api/auth/session", "/api/auth/csrf", "/notice"]) {
      expect((await fetch(`http://127.0.0.1:${port}${page}`)).status, page).toBe(200);
    }
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((resolve) => (server.exitCode === null ? server.on("exit", resolve) : resolve(null)));
    for (const dir of [dataDir, `${dataDir}-audit-anchors`, `${dataDir}-evidence`]) fs.rmSync(dir, { recursive: true, force: true });
  }
  const lines = log.split("\n").filter((line) => line.trim() !== "");
  expect(lines[0]).toMatch(/^› Database: embedded PGlite in \S+/);
  expect(log).toContain("› Demo logins: README.md");
  expect(log).not.toMatch(/NEXTAUTH_URL|\[next-auth\]\[warn|Ecmascript file had an error|Edge Runtime|⚠/);
  // Nothing but the script's own lines: no banner, no warnings, no stack traces.
  expect(lines.filter((line) => !line.startsWith("› "))).toEqual([]);
});

test("the production build was clean: no warnings (e.g. Node.js modules reaching the Edge runtime)", () => {
  expect(buildIsCurrent(), "the build is older than the sources: run `npm run build` first").toBe(true);
  const buildLog = fs.readFileSync(buildLogFile(), "utf8");
  expect(buildLog).toContain("Compiled successfully");
  expect(buildLog).not.toMatch(/Ecmascript file had an error|Edge Runtime|⚠|warn/i);
});
