// Renders each print layout to PDF in Chromium (print-to-PDF, A4) and to PNG under docs/print/,
// against the production build on a fresh demo database:
//   npm run build && npm run docs:print        (NEXT_DIST_DIR and DOCS_PORT are honoured)
// PNGs come from poppler's pdftoppm (Debian: apt-get install poppler-utils): a docs-only tool, the
// test suite does not need it. The PDFs are kept beside the PNGs' folder in .data/print-docs/.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_PASSWORD } from "@/prisma/seed/factories";

const port = Number(process.env.DOCS_PORT ?? 3190);
const base = `http://127.0.0.1:${port}`;
const outDir = path.resolve("docs", "print");
const pdfDir = path.resolve(".data", "print-docs");

async function waitForServer(server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server stopped (${server.exitCode})`);
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

async function signIn(page: Page, email: string) {
  await page.context().clearCookies();
  await page.goto(`${base}/login`);
  await page.getByLabel(/电子邮箱|E-mail/).fill(email);
  await page.getByLabel(/^密码|^Password/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /^登录$|^Sign in$/ }).click();
  await page.getByTestId("signed-in-as").waitFor();
}

async function setLanguage(page: Page, locale: "zh-CN" | "en") {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: base }]);
}

/** Prints the current page to PDF and converts every page to PNG: docs/print/<name>-<locale>-<n>.png. */
async function render(page: Page, name: string, locale: string) {
  await page.getByTestId("print-document").waitFor();
  const pdfPath = path.join(pdfDir, `${name}-${locale}.pdf`);
  await page.pdf({ path: pdfPath, format: "A4", preferCSSPageSize: true, printBackground: true });
  const prefix = path.join(outDir, `${name}-${locale}`);
  for (const old of fs.readdirSync(outDir).filter((f) => f.startsWith(`${name}-${locale}-`))) fs.rmSync(path.join(outDir, old));
  const result = spawnSync("pdftoppm", ["-png", "-r", "80", pdfPath, prefix], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("pdftoppm failed (apt-get install poppler-utils)");
  console.log(`${name}-${locale}: ${fs.readdirSync(outDir).filter((f) => f.startsWith(`${name}-${locale}-`)).join(", ")}`);
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(pdfDir, { recursive: true });
  const server = spawn("npx", ["tsx", "scripts/e2e-server.ts", "pglite", String(port)], { stdio: ["ignore", "ignore", "inherit"], detached: true });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };
  try {
    await waitForServer(server);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const page = await browser.newPage({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });

    // The reviewer rejects one submitted demo claim, so a rejection notice exists, and builds the payment batch.
    await signIn(page, DEMO_ACCOUNTS.reviewer);
    await page.goto(`${base}/review?organisation=${encodeURIComponent("青山")}`);
    await page.getByRole("row").filter({ hasText: "南昌青山数码科技有限公司" }).getByRole("link").first().click();
    await page.waitForURL(/\/review\/claims\/offshore\/[0-9a-f-]{36}$/);
    const rejectedPath = new URL(page.url()).pathname;
    const assign = page.getByRole("button", { name: "分配给我" });
    if (await assign.isVisible()) await assign.click();
    await page.getByLabel(/^驳回理由/).fill("合同 QS2024-AU-001 的外汇收汇凭证与申报金额不符，经核实该笔业务未在申报年度内收汇。");
    await page.getByRole("button", { name: "驳回申报" }).click();
    await page.getByRole("link", { name: "打印决定通知书" }).waitFor();
    await page.goto(`${base}/review/payments`);
    await page.getByRole("button", { name: "将全部生成支付批次" }).click();
    await page.getByRole("link", { name: /^PB-/ }).first().click();
    await page.waitForURL(/\/review\/payments\/[0-9a-f-]{36}$/);
    const batchPath = new URL(page.url()).pathname;

    await signIn(page, "yaohu@demo.example");
    await page.goto(`${base}/enterprise/claims`);
    await page.getByRole("row").filter({ hasText: "2024" }).getByRole("link").first().click();
    await page.waitForURL(/\/enterprise\/claims\/[0-9a-f-]{36}$/);
    const approvedPath = new URL(page.url()).pathname;

    for (const locale of ["zh-CN", "en"] as const) {
      await setLanguage(page, locale);
      await page.goto(`${base}${approvedPath}/print`);
      await render(page, "claim-summary", locale);
      await page.goto(`${base}${approvedPath}/decision`);
      await render(page, "decision-approved", locale);
    }
    await signIn(page, DEMO_ACCOUNTS.reviewer);
    for (const locale of ["zh-CN", "en"] as const) {
      await setLanguage(page, locale);
      await page.goto(`${base}${rejectedPath}/decision`);
      await render(page, "decision-rejected", locale);
      await page.goto(`${base}${batchPath}/print`);
      await render(page, "payment-batch", locale);
    }

    // The seeded training claim of 豫章: its summary while submitted, then the reviewer approves it
    // and the institution prints the decision notice.
    await setLanguage(page, "zh-CN");
    await page.goto(`${base}/review?kind=TRAINING&organisation=${encodeURIComponent("豫章")}`);
    await page.getByRole("row").filter({ hasText: "南昌豫章服务外包培训学院" }).getByRole("link").first().click();
    await page.waitForURL(/\/review\/claims\/training\/[0-9a-f-]{36}$/);
    const trainingPath = new URL(page.url()).pathname;
    for (const locale of ["zh-CN", "en"] as const) {
      await setLanguage(page, locale);
      await page.goto(`${base}${trainingPath}/print`);
      await render(page, "training-summary", locale);
    }
    await setLanguage(page, "zh-CN");
    await page.goto(`${base}${trainingPath}`);
    const assignTraining = page.getByRole("button", { name: "分配给我" });
    if (await assignTraining.isVisible()) await assignTraining.click();
    await page.getByRole("button", { name: "批准", exact: true }).click();
    await page.getByRole("link", { name: "打印决定通知书" }).waitFor();
    await signIn(page, DEMO_ACCOUNTS.institutionYuzhang);
    for (const locale of ["zh-CN", "en"] as const) {
      await setLanguage(page, locale);
      await page.goto(`${base}/institution/claims/${trainingPath.split("/").pop()}/decision`);
      await render(page, "training-decision-approved", locale);
    }
    await browser.close();
  } finally {
    stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
