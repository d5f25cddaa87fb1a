import { expectNoSeriousA11yViolations } from "./a11y";
import { expectNoIsoDates } from "./locale-checks";
import { DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, switchLanguage, test } from "./support";

// Every page of every role, in both languages where the language changes the layout.
// Areas add their pages here as they are built.
const publicPages = ["/", "/login", "/signup", "/no-such-page"];

const pagesByRole: Record<string, string[]> = {
  [DEMO_ACCOUNTS.administrator]: ["/admin/users", "/account"],
  // Reviewer and administrator pages: e2e/review-accessibility.spec.ts.
  [DEMO_ACCOUNTS.enterpriseGanjiang]: [
    "/enterprise",
    "/enterprise/claims",
    "/enterprise/claims/new",
    "/enterprise/profile",
    "/enterprise/colleagues",
    "/enterprise/api-keys",
    "/enterprise/employment",
    "/enterprise/receipts",
    "/account",
  ],
  [DEMO_ACCOUNTS.institutionYuzhang]: [
    "/institution",
    "/institution/trainees",
    "/institution/trainees/new",
    "/institution/trainees/import",
    "/institution/claims",
    "/institution/api-keys",
  ],
};

test("public pages have no serious accessibility violations and no missing message, in both languages", async ({ page }) => {
  // axe on every page twice (both languages) takes more than the default minute on a busy machine.
  test.setTimeout(180_000);
  for (const language of ["中文", "English"] as const) {
    await page.goto("/");
    await switchLanguage(page, language);
    for (const path of publicPages) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
      await expectNoMissingMessages(page);
      await expectNoIsoDates(page);
    }
  }
});

for (const [email, paths] of Object.entries(pagesByRole)) {
  test(`pages of ${email} have no serious accessibility violations and no missing message, in both languages`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, email);
    for (const language of ["中文", "English"] as const) {
      await switchLanguage(page, language);
      for (const path of paths) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page);
        await expectNoMissingMessages(page);
        await expectNoIsoDates(page);
      }
    }
  });
}

test("a claim's history shows its dates in the reader's language", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  await page.goto("/enterprise/claims");
  await page.getByRole("row").filter({ hasText: "2024" }).getByRole("link").first().click();
  const firstDate = page.getByTestId("claim-timeline").locator("time").first();
  await expect(firstDate).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
  const iso = await firstDate.getAttribute("datetime");
  await switchLanguage(page, "English");
  await expect(firstDate).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}$/);
  // The same moment in both: the machine-readable attribute did not change.
  expect(await firstDate.getAttribute("datetime")).toBe(iso);
  await switchLanguage(page, "中文");
});
