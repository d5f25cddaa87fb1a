import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, test } from "./support";

/** This server's anchor directory (scripts/e2e-server.ts: .data/e2e-audit-anchors-<port>). */
function anchorDir(page: Page): string {
  const port = new URL(test.info().project.use.baseURL ?? page.url()).port;
  return path.resolve(".data", `e2e-audit-anchors-${port}`);
}

test("the audit page compares the log with its last anchor and reports a forged anchor file", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.administrator);
  await page.goto("/admin/audit");
  await expect(page.getByTestId("chain-status")).toContainText("审计链完整");
  // The server anchored the log when it started.
  await expect(page.getByTestId("anchor-status")).toContainText("最近锚点一致");
  await expectNoMissingMessages(page);

  const dir = anchorDir(page);
  const genuine = fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort().at(-1)!;
  const anchor = JSON.parse(fs.readFileSync(path.join(dir, genuine), "utf8"));
  // A newer "anchor" claiming fewer entries, as someone hiding a deletion would write it.
  const forged = path.join(dir, "audit-anchor-9999-12-31T00-00-00-000Z-e2e.json");
  fs.writeFileSync(forged, JSON.stringify({ ...anchor, createdAt: "9999-12-31T00:00:00.000Z", stripes: anchor.stripes.map((s: { entries: number }) => ({ ...s, entries: 1 })) }));
  try {
    await page.reload();
    const alert = page.getByTestId("anchor-status");
    await expect(alert).toHaveAttribute("role", "alert");
    await expect(alert).toContainText("audit-anchor-9999-12-31T00-00-00-000Z-e2e.json");
    await expect(alert).toContainText("签名错误");
  } finally {
    fs.rmSync(forged, { force: true });
  }
  await page.reload();
  await expect(page.getByTestId("anchor-status")).toContainText("最近锚点一致");
});
