import { expect, switchLanguage, test } from "./support";

// The public calculator (issue 21): from the home page, rule A in Chinese, then rule B in English,
// each recomputed in the browser as the facts change, condition by condition.
test("the calculator answers rule A in Chinese and rule B in English, condition by condition", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("home-calculator-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("补贴测算");
  const year = page.getByLabel("申报年度");
  await expect(year).toBeEnabled(); // hydrated
  await year.fill("2016");
  await page.getByLabel("本年度执行的离岸服务外包业务额（美元）").fill("1,234,567.00");
  await expect(page.getByTestId("calculator-verdict")).toHaveText("符合条件");
  await expect(page.getByTestId("calculator-amount")).toHaveText("¥246,913.40");
  await expect(page.getByTestId("calculator-condition")).toHaveCount(2);
  await expect(page.locator('[data-testid="calculator-condition"][data-passed="true"]')).toHaveCount(2);
  // Earlier grants leave 100,000.00 under the cap: the cap condition still passes, the amount is cut.
  await page.getByLabel("本年度企业已获奖励（元）").fill("400000");
  await expect(page.getByTestId("calculator-amount")).toHaveText("¥100,000.00");

  await switchLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Subsidy calculator");
  await page.getByLabel("Training subsidy (one trainee, rule B)").check();
  await page.getByLabel("Training started on").fill("2024-01-15");
  await page.getByLabel("Training ended on").fill("2024-04-15");
  await page.getByLabel("Certificate number").fill("NCSO-2024-0001");
  await page.getByLabel("Labour contract signed on").fill("2024-05-20");
  await page.getByLabel("Contract starts on").fill("2024-06-01");
  await page.getByLabel("Contract ends on").fill("2025-06-30");
  // Ending exactly three months after the start is not "more than three months".
  await expect(page.getByTestId("calculator-verdict")).toHaveText("Does not qualify");
  await expect(page.locator('[data-testid="calculator-condition"][data-passed="false"]')).toHaveCount(1);
  await expect(page.getByTestId("calculator-condition").nth(1)).toContainText("Not met");
  await page.getByLabel("Training ended on").fill("2024-04-16");
  await expect(page.getByTestId("calculator-verdict")).toHaveText("Qualifies");
  await expect(page.getByTestId("calculator-amount")).toHaveText("¥2,000.00");
  await expect(page.getByTestId("calculator-condition")).toHaveCount(7);
});
