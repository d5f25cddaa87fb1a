import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

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
