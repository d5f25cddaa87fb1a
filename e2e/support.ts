import { expect, type Page } from "@playwright/test";
import { makeCreditCode } from "@/lib/eligibility";
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

/**
 * Signs out with the header's button. Right after an action the page re-renders and may scroll
 * (the decision section goes, the page gets shorter); a click Chromium receives in that moment
 * was seen to reach no element at all (no mousedown on the document, CI and locally). A person
 * clicks again, and so does this, once the first click has had time to navigate.
 */
export async function signOut(page: Page) {
  const button = page.getByRole("button", { name: /退出登录|Sign out/ });
  await expect(async () => {
    if (await button.isVisible()) await button.click({ timeout: 2_000 });
    await expect(page).toHaveURL(/\/login/, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** A valid, unused unified social credit code in the given region (360106: Nanchang Honggutan). */
export function freshCreditCode(region = "360106"): string {
  let org = "MA";
  for (let i = 0; i < 7; i++) org += CREDIT_CODE_CHARS[Math.floor(Math.random() * CREDIT_CODE_CHARS.length)];
  return makeCreditCode(`91${region}${org}`);
}

/** Registers a new organisation through the sign-up page and leaves its first user signed in. */
export async function signUpOrganisation(
  page: Page,
  options: { kind?: "ENTERPRISE" | "TRAINING_INSTITUTION"; name?: string; password?: string } = {},
) {
  const email = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  const password = options.password ?? "a-long-password-2026";
  const name = options.name ?? `端到端测试单位${Date.now() % 100000}`;
  await page.goto("/signup");
  if (options.kind === "TRAINING_INSTITUTION") await page.getByLabel("培训机构").check();
  await page.getByLabel("单位名称（中文）").fill(name);
  await page.getByLabel("统一社会信用代码").fill(freshCreditCode());
  await page.getByLabel("所在区县").selectOption("HONGGUTAN");
  await page.getByLabel("地址").fill("南昌市红谷滩区丰和中大道 1 号");
  await page.getByLabel("联系人").fill("测试员");
  await page.getByLabel("联系电话").fill("13812345678");
  await page.getByLabel("姓名").fill("测试员");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill(password);
  await page.getByLabel("确认密码").fill(password);
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  return { email, password, name };
}

/**
 * Enters the organisation's payout account on its profile page, as a member would: a claim
 * cannot be submitted without it. A first account with nothing granted needs no confirmation.
 */
export async function addBankAccount(page: Page, area: "enterprise" | "institution", bankAccount = "6216 6101 0000 2468") {
  await page.goto(`/${area}/profile`);
  await page.getByLabel("账户名称").fill("端到端测试单位");
  await page.getByLabel("开户银行").fill("中国银行南昌分行");
  await page.getByLabel("新银行账号").fill(bankAccount);
  await page.getByRole("button", { name: "保存单位信息" }).click();
  await expect(page.getByText("单位信息已保存。")).toBeVisible();
}

/** No message was missing on this page: a missing one renders with a visible marker (lib/i18n/missing-message.ts). */
export async function expectNoMissingMessages(page: Page) {
  await expect(page.locator("body")).not.toContainText("⟦missing⟧");
}

/** Switches the interface language with the switcher in the header. */
export async function switchLanguage(page: Page, language: "中文" | "English") {
  await page.getByRole("button", { name: language }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", language === "English" ? "en" : "zh-CN");
}
