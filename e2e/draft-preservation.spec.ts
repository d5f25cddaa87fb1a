import { DEMO_ACCOUNTS, expect, signIn, test } from "./support";

test("unsaved claim edits survive a session that expires mid-form", async ({ page, context }) => {
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  await page.goto("/enterprise/claims");
  await page.getByRole("link", { name: /^A2025-/ }).click();
  const onshore = page.getByLabel(/^年度在岸服务外包执行额/);
  await expect(onshore).toBeEditable();
  await onshore.fill("123456.78");

  // The session ends (expiry, revocation) while the form is open, and "save" is refused.
  await context.clearCookies();
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("登录已过期，请重新登录。")).toBeVisible();
  const claimUrl = page.url();

  // Signing in again in the same tab brings the typed value back, announced.
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  await page.goto(claimUrl);
  await expect(page.getByRole("status").filter({ hasText: "已恢复您上次未保存的修改" })).toBeVisible();
  await expect(page.getByLabel(/^年度在岸服务外包执行额/)).toHaveValue("123456.78");

  // Saving now stores it on the server; a fresh load shows it without any restoring.
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page).toHaveURL(/saved=1/);
  await page.evaluate(() => window.sessionStorage.clear());
  await page.goto(claimUrl);
  await expect(page.getByLabel(/^年度在岸服务外包执行额/)).toHaveValue(/123,?456\.78/);
  await expect(page.getByText("已恢复您上次未保存的修改")).toHaveCount(0);
});
