import { expectNoSeriousA11yViolations } from "./a11y";
import { expectNoIsoDates } from "./locale-checks";
import { DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, switchLanguage, test } from "./support";

// The review area's pages, in both languages: no serious accessibility violation, no missing message.
test("reviewer pages pass axe in both languages", async ({ page }) => {
  // axe on every page twice (both languages) takes more than the default minute on a busy machine.
  test.setTimeout(180_000);
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review?kind=OFFSHORE&organisation=" + encodeURIComponent("洪城"));
  await page.getByRole("row").filter({ hasText: "洪城数据服务有限公司" }).getByRole("link").first().click();
  await expect(page.getByTestId("preview-amount")).toBeVisible();
  const claimPath = new URL(page.url()).pathname;
  // The seeded training claim: its eligibility explanation names training and contract days,
  // which must read as dates in the reader's language, not as the stored YYYY-MM-DD.
  await page.goto("/review?kind=TRAINING&organisation=" + encodeURIComponent("豫章"));
  await page.getByRole("row").filter({ hasText: "南昌豫章服务外包培训学院" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/review\/claims\/training\//);
  const trainingClaimPath = new URL(page.url()).pathname;
  for (const language of ["中文", "English"] as const) {
    await switchLanguage(page, language);
    for (const path of ["/review?flagged=1", claimPath, trainingClaimPath, "/review/notice", "/review/payments", "/review/dashboard?year=2024", "/review/conflicts", "/review/verification"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
      await expectNoMissingMessages(page);
      await expectNoIsoDates(page);
    }
  }
});

test("administrator pages and the public notice pass axe in both languages", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_ACCOUNTS.administrator);
  for (const language of ["中文", "English"] as const) {
    await switchLanguage(page, language);
    for (const path of ["/admin/dashboard?year=2024", "/admin/budget", "/admin/audit", "/notice"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
      await expectNoMissingMessages(page);
      await expectNoIsoDates(page);
    }
  }
});
