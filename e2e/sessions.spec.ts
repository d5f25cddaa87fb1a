import type { Browser } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, signIn, signUpOrganisation, test } from "./support";

async function secondSession(browser: Browser, baseURL: string, email: string, password: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

test("changing the password ends the user's other sessions at once, and keeps this one", async ({ page, browser, baseURL }) => {
  const account = await signUpOrganisation(page, { vetted: false });
  const other = await secondSession(browser, baseURL!, account.email, account.password);

  await page.goto("/account");
  await page.getByLabel("当前密码").fill(account.password);
  await page.getByRole("textbox", { name: "新密码", exact: true }).fill("another-long-password-2026");
  await page.getByLabel("确认新密码").fill("another-long-password-2026");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("status")).toContainText("已退出其他 1 个登录会话");

  await page.goto("/enterprise");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await other.page.goto("/enterprise");
  await expect(other.page).toHaveURL(/\/login/);
  await other.context.close();
});

test("a wrong current password is refused next to the field", async ({ page }) => {
  await signUpOrganisation(page, { vetted: false });
  await page.goto("/account");
  await page.getByLabel("当前密码").fill("not-my-password-at-all");
  await page.getByRole("textbox", { name: "新密码", exact: true }).fill("another-long-password-2026");
  await page.getByLabel("确认新密码").fill("another-long-password-2026");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText("当前密码不正确。")).toBeVisible();
});

test("an administrator disabling an account ends its session immediately", async ({ page, browser, baseURL }) => {
  const account = await signUpOrganisation(page, { vetted: false });
  const admin = await secondSession(browser, baseURL!, DEMO_ACCOUNTS.administrator, DEMO_PASSWORD);
  await admin.page.goto("/admin/users");
  await admin.page.getByRole("button", { name: `停用: ${account.email}` }).click();
  await expect(admin.page.getByRole("row", { name: new RegExp(account.email) })).toContainText("已停用");

  await page.goto("/enterprise");
  await expect(page).toHaveURL(/\/login/);
  // And the account cannot sign in again.
  await page.getByLabel("电子邮箱").fill(account.email);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("该账号已被停用，请联系市商务局。");
  await admin.context.close();
});
