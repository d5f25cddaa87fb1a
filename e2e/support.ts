import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_PASSWORD } from "@/prisma/seed/factories";

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** Signs in through the real login form, as a user would, and waits for the role's start page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/电子邮箱|E-mail/).fill(email);
  await page.getByLabel(/^密码|^Password/).fill(password);
  await page.getByRole("button", { name: /^登录$|^Sign in$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /退出登录|Sign out/ }).click();
  await expect(page).toHaveURL(/\/login/);
}
