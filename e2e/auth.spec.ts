import type { Browser, Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, signIn, signOut, test } from "./support";

const roles = [
  { email: DEMO_ACCOUNTS.administrator, home: "/admin", nav: ["概览", "用户管理", "单位", "统计", "年度预算", "政策版本", "工作日历", "审计日志"] },
  // The demo reviewer may release payments, so the payment batches appear; a plain reviewer's menu lacks them.
  { email: DEMO_ACCOUNTS.reviewer, home: "/review", nav: ["审核队列", "公示", "拨付批次", "统计", "核查数据", "回避声明", "单位核验"] },
  { email: DEMO_ACCOUNTS.secondReviewer, home: "/review", nav: ["审核队列", "公示", "统计", "核查数据", "回避声明", "单位核验"] },
  { email: DEMO_ACCOUNTS.enterpriseGanjiang, home: "/enterprise", nav: ["概览", "离岸业务奖励申报", "劳动合同确认", "收汇记录", "单位信息", "同事", "API 密钥"] },
  { email: DEMO_ACCOUNTS.institutionYuzhang, home: "/institution", nav: ["概览", "学员", "培训补贴申报", "单位信息", "同事", "API 密钥"] },
];

for (const role of roles) {
  test(`${role.email} signs in and sees only its own navigation`, async ({ page }) => {
    await signIn(page, role.email);
    await expect(page).toHaveURL(new RegExp(`${role.home}$`));
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link")).toHaveText(role.nav);
    await signOut(page);
    // The session is over on the server: the protected page sends us back to the login.
    await page.goto(role.home);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });
}

test("signing out ends the session on the server: a copy of the old cookie opens nothing", async ({ page, browser }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);
  await signOut(page);
  const elsewhere = await browser.newContext();
  try {
    await elsewhere.addCookies(copied);
    const other = await elsewhere.newPage();
    await other.goto("/review");
    await expect(other).toHaveURL(/\/login/);
  } finally {
    await elsewhere.close();
  }
});

test("a sign-out posted from another site is refused and the session goes on", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  const forged = await page.request.post("/sign-out", { headers: { origin: "https://attacker.example" }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  await page.goto("/review");
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
});

test.describe("without JavaScript (before the page has hydrated)", () => {
  test.use({ javaScriptEnabled: false });

  /** Signs in where scripts run (the login form needs them), then hands the session to this script-less page. */
  async function signInAsReviewerWithoutScripts(page: Page, browser: Browser) {
    const withScripts = await browser.newContext({ javaScriptEnabled: true });
    try {
      await signIn(await withScripts.newPage(), DEMO_ACCOUNTS.reviewer);
      await page.context().addCookies(await withScripts.cookies());
    } finally {
      await withScripts.close();
    }
  }

  test("the login form's fields are disabled, so nothing typed is lost and no password goes into a URL", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByLabel("电子邮箱")).toBeDisabled();
    await expect(page.getByLabel("密码")).toBeDisabled();
    await expect(page.getByRole("button", { name: "登录" })).toBeDisabled();
  });

  test("a reviewer's action buttons are disabled, so a click is never silently lost", async ({ page, browser }) => {
    await signInAsReviewerWithoutScripts(page, browser);
    await page.goto("/review");
    const assignButtons = page.getByRole("button", { name: "分配给我" });
    await expect(assignButtons.first()).toBeVisible();
    for (const button of await assignButtons.all()) await expect(button).toBeDisabled();
  });

  test("signing out is a plain form and works all the same", async ({ page, browser }) => {
    await signInAsReviewerWithoutScripts(page, browser);
    await page.goto("/review");
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/review");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("电子邮箱").fill(DEMO_ACCOUNTS.reviewer);
  await page.getByLabel("密码").fill("definitely-not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("邮箱或密码不正确。");
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login/);
});

test("a signed-in user of another role gets 403, not the page", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  const response = await page.goto("/review");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});

test("an unknown address gets the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("the language switcher changes the page to English and remembers it", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nanchang Service Outsourcing Subsidy Portal");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
