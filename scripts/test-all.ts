// `npm test`: every suite, in order, stopping at the first that fails.
//   typecheck · lint · unit (vitest) · database integration on PGlite and PostgreSQL (vitest)
//   · production build · end-to-end in Chromium (Playwright)
// PostgreSQL comes from TEST_DATABASE_URL. Outside CI its absence skips the PostgreSQL parts
// with a notice; in CI (CI=true) it is mandatory.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";

const resultsDir = path.resolve(".data", "test-results");
fs.mkdirSync(resultsDir, { recursive: true });

const inCi = process.env.CI === "true" || process.env.CI === "1";
if (!process.env.TEST_DATABASE_URL) {
  if (inCi) {
    console.error("✖ CI requires TEST_DATABASE_URL (a PostgreSQL server for the PostgreSQL suites).");
    process.exit(1);
  }
  console.log("ℹ TEST_DATABASE_URL is not set: the PostgreSQL suites are skipped. Set it, e.g.");
  console.log("  TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test");
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`\n━━ ${title} ━━  (${[command, ...args].join(" ")})`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds} s.`);
    printTotals();
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

function addVitestCounts(file: string): void {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function addPlaywrightCounts(file: string): void {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number } };
  totals.passed += report.stats.expected + report.stats.flaky;
  totals.failed += report.stats.unexpected;
  totals.skipped += report.stats.skipped;
}

function printTotals(): void {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

run("Type check", "npx", ["tsc", "--noEmit"]);
run("Lint", "npx", ["eslint", ".", "--max-warnings=0"]);

const unitJson = path.join(resultsDir, "unit.json");
run("Unit tests", "npx", ["vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`]);
addVitestCounts(unitJson);

const dbJson = path.join(resultsDir, "db.json");
run("Database tests (PGlite and PostgreSQL)", "npx", ["vitest", "run", "--project", "db", "--reporter=default", "--reporter=json", `--outputFile.json=${dbJson}`]);
addVitestCounts(dbJson);

run("Production build", "npx", ["tsx", "scripts/build.ts"]);

void runEndToEnd().then(printTotals);

/**
 * The Playwright suite, one process per database side by side when PostgreSQL is there: each has
 * its own server, database and browser, and one of them alone keeps about one of the machine's two
 * cores busy, so the pair takes a little over half the time of the two projects in a row (CI's
 * largest stage). Each line is prefixed with its database; the stage fails if either does.
 */
async function runEndToEnd(): Promise<void> {
  const databases = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  const title = "End-to-end tests (Chromium)";
  console.log(`\n━━ ${title} ━━  (${databases.map((d) => `E2E_DATABASES=${d} npx playwright test`).join(" ‖ ")})`);
  const started = Date.now();
  const results = await Promise.all(databases.map((database) => runPlaywright(database, databases.length > 1)));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const { database } of results) addPlaywrightCounts(path.join(resultsDir, `e2e-${database}.json`));
  const failed = results.filter((r) => r.status !== 0);
  if (failed.length > 0) {
    console.error(`✖ ${title} failed after ${seconds} s (${failed.map((r) => `${r.database}: exit ${r.status}`).join(", ")}).`);
    printTotals();
    process.exit(failed[0]!.status || 1);
  }
  console.log(`✔ ${title} (${seconds} s; ${results.map((r) => `${r.database} ${r.seconds} s`).join(", ")})`);
}

function runPlaywright(database: string, prefixed: boolean): Promise<{ database: string; status: number; seconds: string }> {
  const started = Date.now();
  const child = spawn("npx", ["playwright", "test", "--reporter=list,json"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, E2E_DATABASES: database, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(resultsDir, `e2e-${database}.json`) },
  });
  const label = prefixed ? `${database.padEnd(8)} │ ` : "";
  readline.createInterface({ input: child.stdout }).on("line", (line) => process.stdout.write(`${label}${line}\n`));
  readline.createInterface({ input: child.stderr }).on("line", (line) => process.stderr.write(`${label}${line}\n`));
  return new Promise((resolve) => {
    child.on("close", (code) => resolve({ database, status: code ?? 1, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  });
}
