import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { makeCreditCode } from "@/lib/eligibility";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_PASSWORD } from "@/prisma/seed/factories";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, expect };

export interface ConsoleFixtures {
  /**
   * Browser-console errors this spec provokes on purpose and expects, as ONE pattern (alternatives
   * joined with |), with a comment saying which step provokes each: `test.use({
   * allowedConsoleErrors: /a|b/ })`. One pattern, not a list, because Playwright reads an array
   * given to test.use as [value, options] and would silently drop every pattern but the first.
   * None by default: any error fails the test.
   */
  allowedConsoleErrors: RegExp | null;
  /** Collects console.error and uncaught page errors of every page of the test (automatic). */
  failOnConsoleErrors: void;
}

/**
 * Every spec's `test`: a page that logs an error (console.error, a failed resource, a React
 * hydration mismatch, an uncaught exception) fails the test that opened it, unless the spec
 * allows that error by name. Covers the test's own context and any the spec opens itself
 * (browser.newContext, for a second user).
 */
const NAVIGATION_REFUSED = /^Failed to load resource: the server responded with a status of (401|403|404)\b/;
// A refused sign-in: next-auth's credentials callback answers 401 by design, and the login form
// shows the refusal as its own message (which the specs assert). Any other 401 still counts.
const SIGN_IN_REFUSED = /status of 401\b/;
const SIGN_IN_CALLBACK = /\/api\/auth\/callback\/credentials$/;

export const test = base.extend<ConsoleFixtures>({
  allowedConsoleErrors: [null, { option: true }],
  failOnConsoleErrors: [
    async ({ browser, context, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const watch = (watched: BrowserContext) => {
        watched.on("console", (message) => {
          if (message.type() !== "error") return;
          const { url, lineNumber } = message.location();
          // A page opened at an address the user may not see answers 401/403/404 on purpose, and
          // Chromium logs that status of the document itself as an error; the specs assert the
          // status. Failed sub-resources (scripts, icons, requests) are still errors.
          if (NAVIGATION_REFUSED.test(message.text()) && url === message.page()?.url()) return;
          if (SIGN_IN_REFUSED.test(message.text()) && SIGN_IN_CALLBACK.test(url)) return;
          errors.push(`console.error on ${message.page()?.url() ?? "?"}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ""}`);
        });
        watched.on("weberror", (error) => errors.push(`uncaught error on ${error.page()?.url() ?? "?"}: ${error.error().message}`));
      };
      watch(context);
      browser.on("context", watch);
      await use();
      browser.off("context", watch);
      const unexpected = errors.filter((error) => !allowedConsoleErrors?.test(error));
      expect(unexpected, "the browser console logged errors").toEqual([]);
    },
    { auto: true },
  ],
});

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

/** A minimal valid PDF (the evidence module recognises it by its bytes), e.g. a business licence scan. */
export const MINIMAL_PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

/**
 * Registers a new organisation through the sign-up page and signs its first user in. Sign-up
 * answers "check your mail" (the same for a taken e-mail), so the helper then logs in itself.
 * Unless `vetted: false`, the organisation is then vetted as in real life: the applicant uploads
 * its business licence on its start page and the demo reviewer activates it (in its own browser
 * context), so that it may submit claims.
 */
export async function signUpOrganisation(
  page: Page,
  options: { kind?: "ENTERPRISE" | "TRAINING_INSTITUTION"; name?: string; password?: string; vetted?: boolean } = {},
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
  await expect(page.getByRole("status")).toContainText("请查收邮件");
  await signIn(page, email, password);
  if (options.vetted ?? true) await vetOwnOrganisation(page, name);
  return { email, password, name };
}

/** The signed-in applicant uploads its business licence; the demo reviewer activates the organisation. */
export async function vetOwnOrganisation(page: Page, name: string) {
  await page.goto("/home");
  await page.getByLabel("营业执照").setInputFiles({ name: "licence.pdf", mimeType: "application/pdf", buffer: MINIMAL_PDF });
  await page.getByRole("button", { name: "上传营业执照" }).click();
  await expect(page.getByText(/营业执照已于 .* 上传/)).toBeVisible();

  const reviewerContext = await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  try {
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, DEMO_ACCOUNTS.reviewer);
    await reviewer.goto("/review/organisations");
    const item = reviewer.getByTestId("vetting-item").filter({ hasText: name });
    await item.getByRole("button", { name: "启用" }).click();
    await expect(item).toHaveCount(0);
  } finally {
    await reviewerContext.close();
  }
  await page.reload();
  await expect(page.getByTestId("vetting-status")).toHaveText("本单位已通过市商务局核验，可以提交申报。");
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

/**
 * On an offshore claim's page (in Chinese), uploads a bank foreign-exchange receipt to contract
 * `number`: the evidence each line needs before the claim can be submitted.
 */
export async function uploadFxReceipt(page: Page, number: number) {
  const evidence = page.getByTestId(`evidence-${number}`);
  const before = await evidence.getByTestId("evidence-item").count();
  await evidence.getByLabel("材料类型").selectOption("FX_RECEIPT");
  await evidence.getByLabel(`合同 ${number} 的文件`, { exact: false }).setInputFiles({ name: `receipt-${number}.pdf`, mimeType: "application/pdf", buffer: MINIMAL_PDF });
  await evidence.getByRole("button", { name: "上传" }).click();
  await expect(evidence.getByTestId("evidence-item")).toHaveCount(before + 1);
}

/**
 * Waits until React has hydrated the current document (components/hydration-marker.tsx). Text
 * typed into a react-hook-form field before that is reset when the form attaches; a heavy page
 * (a claim of 60 contracts) can take seconds to hydrate on a loaded machine.
 */
export async function waitForHydration(page: Page) {
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1, { timeout: 30_000 });
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
