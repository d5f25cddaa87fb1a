import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, signIn, signUpOrganisation, test } from "./support";

// Hostile uploads at both places that take evidence: each is refused next to the file field and
// leaves nothing behind (no row: the list of files is unchanged; no file: the evidence directory
// of this server holds as many files as before). One valid PDF is accepted, so the checks can fail.
//
// A path in the file name is different: a browser sends only a file's base name, and a forged
// multipart name (rewritten in flight here) is cut to its base name by Next's form parser (busboy,
// preservePath: false) before the app sees it. The app never uses the name anyway (files are
// stored under server-generated keys; lib/evidence refuses a path if one ever reaches it, see
// lib/evidence/evidence-rules.test.ts). So for those rows the spec proves the outcome that matters:
// the file lands under a server-generated key inside the evidence directory, nothing at the path.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
// A Windows executable's header ("MZ", the DOS stub, "PE\0\0" at the offset in 0x3c).
const EXE = (() => {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("This program cannot be run in DOS mode.", 0x4e, "latin1");
  bytes.write("PE\0\0", 0x80, "latin1");
  return bytes;
})();
const HTML = Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
const OVERSIZED = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)]);

const TYPE = "只接受 PDF、JPEG 或 PNG 文件（按文件内容识别）。";
const TOO_LARGE = "文件超过 10 MB。";

interface Attack {
  name: string;
  file: { name: string; mimeType: string; buffer: Buffer };
  /**
   * The file name as sent on the wire. A browser sends only the base name of a chosen file, so a
   * path can only come from a forged request: the spec rewrites the multipart body in flight.
   */
  wireName?: string;
  /** The refusal shown at the field; null: the name's path is stripped and the file stored safely. */
  message: string | null;
}

const ATTACKS: Attack[] = [
  { name: "a renamed executable", file: { name: "contract.pdf", mimeType: "application/pdf", buffer: EXE }, message: TYPE },
  { name: "an HTML page named .pdf", file: { name: "contract.pdf", mimeType: "application/pdf", buffer: HTML }, message: TYPE },
  { name: "a file over 10 MB", file: { name: "big.pdf", mimeType: "application/pdf", buffer: OVERSIZED }, message: TOO_LARGE },
  { name: "a relative path in the name", file: { name: "passwd.pdf", mimeType: "application/pdf", buffer: PDF }, wireName: "../../etc/passwd.pdf", message: null },
  { name: "a Windows path in the name", file: { name: "y.pdf", mimeType: "application/pdf", buffer: PDF }, wireName: "C:\\x\\y.pdf", message: null },
  { name: "a zero-byte file", file: { name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) }, message: "文件为空。" },
];

/** This server's evidence directory (scripts/e2e-server.ts: .data/e2e-evidence-<port>). */
function evidenceRoot(page: Page): string {
  const port = new URL(test.info().project.use.baseURL ?? page.url()).port;
  return path.resolve(".data", `e2e-evidence-${port}`);
}

function evidenceFiles(page: Page): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else files.push(entry.name);
    }
  };
  walk(evidenceRoot(page));
  return files;
}

function evidenceFileCount(page: Page): number {
  return evidenceFiles(page).length;
}

/** Clicks upload and waits for the server action's answer. */
async function submitUpload(page: Page, button: Locator) {
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(new URL(page.url()).origin)), button.click()]);
}

async function expectRefusedAndNothingStored(page: Page, attempt: () => Promise<void>, listed: Locator, attack: Attack, input: Locator) {
  const rowsBefore = await listed.count();
  const filesBefore = evidenceFileCount(page);
  let rewritten = 0;
  if (attack.wireName) {
    await page.route("**/*", async (route) => {
      const body = route.request().postDataBuffer();
      const from = `filename="${attack.file.name}"`;
      if (route.request().method() !== "POST" || !body?.includes(from)) return route.continue();
      rewritten++;
      await route.continue({ postData: Buffer.from(body.toString("latin1").replace(from, `filename="${attack.wireName}"`), "latin1") });
    });
  }
  await attempt();
  if (attack.message === null) {
    // Stored under a server-generated key inside the evidence directory, nothing at the path.
    await expect(listed, attack.name).toHaveCount(rowsBefore + 1);
    expect(evidenceFileCount(page), attack.name).toBe(filesBefore + 1);
    expect(evidenceFiles(page).every((name) => /^[0-9a-f-]{36}$/.test(name)), attack.name).toBe(true);
    for (const target of [path.resolve(evidenceRoot(page), attack.wireName!), path.resolve(attack.wireName!), path.join(evidenceRoot(page), attack.wireName!)]) {
      expect(fs.existsSync(target), `${attack.name}: ${target}`).toBe(false);
    }
  } else {
    await expect(input, attack.name).toHaveAccessibleDescription(attack.message);
    await expect(listed, attack.name).toHaveCount(rowsBefore);
    expect(evidenceFileCount(page), attack.name).toBe(filesBefore);
  }
  if (attack.wireName) {
    await page.unrouteAll();
    expect(rewritten, "the forged name went on the wire").toBe(1);
  }
}

test("enterprise claim line evidence: every hostile upload is refused at the field and nothing is stored", async ({ page }) => {
  test.setTimeout(300_000);
  await signUpOrganisation(page, { vetted: false });
  await page.goto("/enterprise/claims/new");
  await expect(page.getByLabel(/^申报年度/)).toHaveValue(/^\d{4}$/);
  const year = Number(await page.getByLabel(/^申报年度/).inputValue());
  await page.getByRole("button", { name: "添加合同" }).click();
  const line = page.getByTestId("line-1");
  await line.getByLabel(/^合同登记号/).fill(`UPL-${Date.now().toString(36).toUpperCase()}`);
  await line.getByLabel(/^境外客户/).fill("Upload Test Ltd.");
  await line.getByLabel(/^客户所在国家或地区/).selectOption("US");
  await line.getByLabel(/^业务类别/).selectOption("SOFTWARE");
  await line.getByLabel(/^合同金额/).fill("300000.00");
  await line.getByLabel(/^申报年度执行额/).fill("250000.00");
  const date = line.getByLabel(/^外汇收汇日期/);
  await expect(async () => {
    await date.fill(`${year}-06-30`);
    await expect(date).toHaveValue(`${year}-06-30`, { timeout: 1_000 });
  }).toPass();
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();

  const evidence = page.getByTestId("evidence-1");
  const input = evidence.getByLabel(/^合同 1 的文件/);
  const listed = evidence.getByTestId("evidence-item");
  for (const attack of ATTACKS) {
    await expectRefusedAndNothingStored(page, async () => {
      await input.setInputFiles(attack.file);
      await submitUpload(page, evidence.getByRole("button", { name: "上传" }));
    }, listed, attack, input);
  }

  const filesBefore = evidenceFileCount(page);
  await input.setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: PDF });
  await evidence.getByRole("button", { name: "上传" }).click();
  await expect(listed).toHaveCount(3); // the two with a path stripped from their names, and this one
  expect(evidenceFileCount(page)).toBe(filesBefore + 1);
});

test("institution contract evidence: every hostile upload is refused at the field and nothing is stored", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO_ACCOUNTS.institutionYuzhang);
  await page.goto("/institution/trainees");
  await page.getByRole("link", { name: "刘洋" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "刘洋" })).toBeVisible();

  const input = page.getByLabel(/合同文件/).first();
  const form = page.locator("form", { has: input });
  const listed = page.getByRole("link", { name: /^下载文件 \d+$/ });
  for (const attack of ATTACKS) {
    await expectRefusedAndNothingStored(page, async () => {
      await input.setInputFiles(attack.file);
      await submitUpload(page, form.getByRole("button", { name: "上传" }));
    }, listed, attack, input);
  }

  const rowsBefore = await listed.count();
  const filesBefore = evidenceFileCount(page);
  await input.setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: PDF });
  await form.getByRole("button", { name: "上传" }).click();
  await expect(listed).toHaveCount(rowsBefore + 1);
  expect(evidenceFileCount(page)).toBe(filesBefore + 1);
});
