import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, test } from "./support";

// The database goes away and comes back while a production server runs on PostgreSQL.
//
// The spec starts its own server (scripts/e2e-server.ts, on a fresh scratch database) whose only
// way to PostgreSQL is a TCP proxy inside this test. Cutting the proxy drops every open
// connection and then black-holes new ones (they are accepted and never answered: the worst case,
// a host that vanished, where nothing but a timeout ends the wait). While it is cut, pages must
// fail cleanly and within a bound: the error page in the user's language, no stack trace, no
// driver message. Once the proxy is back, the same server (never restarted) works again.
//
// PostgreSQL only: PGlite runs inside the server's own process, so there is no connection to lose
// and no way for the database to go away while the app stays up.

// While the database is away the pages answer with the error page (status 500/503) on purpose.
// Chromium logs those as failed resources, and React logs the server render's failure as its
// production error #441 ("An error occurred in the Server Components render", digest only, no
// message) when the error boundary shows the error page. Nothing else may be logged.
test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of 50[03]\b|Minified React error #441;/ });

const PG_HOST = "127.0.0.1";
const PG_PORT = 5432;
const BOUND_MS = 20_000;

class CuttableProxy {
  private server = net.createServer((client) => this.accept(client));
  private sockets = new Set<net.Socket>();
  private cut = false;
  port = 0;

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  private accept(client: net.Socket) {
    this.sockets.add(client);
    client.on("close", () => this.sockets.delete(client));
    client.on("error", () => client.destroy());
    if (this.cut) return; // black hole: accepted, never answered
    const upstream = net.connect(PG_PORT, PG_HOST);
    this.sockets.add(upstream);
    upstream.on("close", () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on("error", () => upstream.destroy());
    client.on("close", () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** The database goes away: every connection is dropped, new ones hang. */
  goAway() {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  /** The database is back. Connections opened while it was away stay dead (as after a real outage). */
  comeBack() {
    this.cut = false;
    for (const socket of this.sockets) socket.destroy();
  }

  async close() {
    this.goAway();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

async function waitForServer(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not start:\n${output()}`);
}

/** No stack trace, driver or Prisma message in what the user gets. */
async function expectNoInternals(page: Page) {
  const html = await page.content();
  expect(html).not.toMatch(/ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|PrismaClient|prisma\.|DriverAdapterError|\bat [\w.<>]+ \(|node_modules|\.ts:\d+/);
}

test("the app survives the database going away and coming back, without a restart", async ({ page }, info) => {
  test.skip(info.project.name !== "postgres" || !process.env.TEST_DATABASE_URL, "PostgreSQL only: PGlite is in-process and cannot go away on its own");
  test.setTimeout(300_000);

  const proxy = new CuttableProxy();
  await proxy.listen();
  const appPort = Number(process.env.E2E_PORT ?? 3100) + 5;
  const base = `http://127.0.0.1:${appPort}`;
  const server = new URL(process.env.TEST_DATABASE_URL!);
  server.host = `127.0.0.1:${proxy.port}`;
  let output = "";
  const app = spawn("npx", ["tsx", "scripts/e2e-server.ts", "postgres", String(appPort)], {
    env: { ...process.env, TEST_DATABASE_URL: server.toString(), DATABASE_POOL_MAX: "4" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  app.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  app.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForServer(`${base}/login`, app, () => output);

    // Signed in as a reviewer; the queue is read from the database.
    await page.goto(`${base}/login`);
    await page.getByLabel(/电子邮箱|E-mail/).fill(DEMO_ACCOUNTS.reviewer);
    await page.getByLabel(/^密码|^Password/).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /^登录$|^Sign in$/ }).click();
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    await page.goto(`${base}/review`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const heading = await page.getByRole("heading", { level: 1 }).innerText();

    proxy.goAway();

    // A page that needs the database: the generic error page, in Chinese, quickly.
    for (const path of ["/review", "/review"]) {
      const started = Date.now();
      const response = await page.goto(`${base}${path}`, { timeout: BOUND_MS + 10_000 });
      expect(Date.now() - started, "an outage must not hang a request").toBeLessThan(BOUND_MS);
      expect(response?.status()).toBeGreaterThanOrEqual(500);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/出错了|系统暂时无法处理请求|服务暂时不可用/);
      await expectNoInternals(page);
    }
    // The login page answers within the bound too (it may look up the session).
    const started = Date.now();
    const health = await page.request.get(`${base}/login`, { timeout: BOUND_MS + 10_000 });
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
    expect(health.status()).toBeLessThan(600);

    proxy.comeBack();

    // Back without a restart: the same server serves the same session's page again.
    await expect(async () => {
      const response = await page.goto(`${base}/review`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    expect(app.exitCode).toBeNull();
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
  } finally {
    if (app.pid && app.exitCode === null) {
      // The server runs in its own process group (npx → tsx → next): end that group only.
      process.kill(-app.pid, "SIGTERM");
    }
    await proxy.close();
  }
});
