import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end specs run in Debian's Chromium (Playwright's own browser download does not work on
 * these machines) against production builds (`next build` first; `npm test` does it).
 * Each database gets its own server with a freshly migrated and seeded database:
 *  - "pglite": unless E2E_DATABASES=postgres, embedded PGlite in a scratch directory, port 3100;
 *  - "postgres": when TEST_DATABASE_URL names a PostgreSQL server, a scratch database on it, port 3101.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// E2E_DATABASES=pglite or =postgres serves and runs one project only: `npm test` runs the two as
// two Playwright processes side by side (scripts/test-all.ts), one server and one browser each.
const only = process.env.E2E_DATABASES;
const withPglite = !only || only === "pglite";
const withPostgres = !!process.env.TEST_DATABASE_URL && (!only || only === "postgres");
// E2E_PORT moves both servers (PGlite on it, PostgreSQL on it + 1) so parallel runs can coexist.
const pglitePort = Number(process.env.E2E_PORT ?? 3100);
const postgresPort = pglitePort + 1;

/** Specs the PostgreSQL project leaves to PGlite: the start-up spec (PGlite's own) and the rendering checks. */
const POSTGRES_SKIPS = /(startup|accessibility|keyboard|print)\.spec\.ts/;

/** The production build on a freshly migrated and seeded database of its kind (scripts/e2e-server.ts). */
function e2eServer(kind: "pglite" | "postgres", port: number) {
  return {
    command: `npx tsx scripts/e2e-server.ts ${kind} ${port}`,
    url: `http://127.0.0.1:${port}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  };
}

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  },
};

export default defineConfig({
  testDir: "e2e",
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // Scans every e2e server's log for resident ID numbers and bank accounts (tooling/log-scan.ts).
  globalTeardown: "./e2e/global-teardown.ts",
  outputDir: `test-results/${withPglite ? pglitePort : postgresPort}`,
  use: { trace: "retain-on-failure", locale: "zh-CN", timezoneId: "Asia/Shanghai" },
  projects: [
    ...(withPglite ? [{ name: "pglite", use: { ...chromium, baseURL: `http://127.0.0.1:${pglitePort}` } }] : []),
    ...(withPostgres
      ? [
          {
            name: "postgres",
            // What depends on the database runs on both; the checks of what the browser renders
            // (axe, keyboard, print layout) read the same pages through the same queries and run on
            // PGlite only: on both they cost about 6 of CI's minutes and found nothing the other did not.
            testIgnore: POSTGRES_SKIPS,
            use: { ...chromium, baseURL: `http://127.0.0.1:${postgresPort}` },
          },
        ]
      : []),
  ],
  webServer: [...(withPglite ? [e2eServer("pglite", pglitePort)] : []), ...(withPostgres ? [e2eServer("postgres", postgresPort)] : [])],
});
