import { test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { DEMO_ACCOUNTS, expectNoMissingMessages, signIn, switchLanguage } from "./support";

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
    "/enterprise/employment",
    "/account",
  ],
  [DEMO_ACCOUNTS.institutionYuzhang]: [
    "/institution",
    "/institution/trainees",
    "/institution/trainees/new",
    "/institution/trainees/import",
    "/institution/claims",
  ],
};

test("public pages have no serious accessibility violations and no missing message, in both languages", async ({ page }) => {
  for (const language of ["中文", "English"] as const) {
    await page.goto("/");
    await switchLanguage(page, language);
    for (const path of publicPages) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
      await expectNoMissingMessages(page);
    }
  }
});

for (const [email, paths] of Object.entries(pagesByRole)) {
  test(`pages of ${email} have no serious accessibility violations and no missing message, in both languages`, async ({ page }) => {
    await signIn(page, email);
    for (const language of ["中文", "English"] as const) {
      await switchLanguage(page, language);
      for (const path of paths) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page);
        await expectNoMissingMessages(page);
      }
    }
  });
}
