// Issue 18 (first slices): a reviewer opens an offshore claim and sees each contract checked
// against the Ministry of Commerce statistics and the bank's receipts the bureau holds (the demo
// seeds them for Ganjiang Software's 2024 claim), with the verified total beside the declared one.
import { DEMO_ACCOUNTS, expect, signIn, switchLanguage, test } from "./support";

test("a reviewer sees which contracts match the official data, which do not and why, and the verified total", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review?kind=OFFSHORE");
  await page.getByRole("row").filter({ hasText: "南昌赣江软件有限公司" }).getByRole("link").first().click();
  const section = page.getByTestId("reconciliation");
  await expect(section.getByRole("heading", { name: "与官方数据核对" })).toBeVisible();
  await expect(page.getByTestId("reconciliation-totals")).toHaveText("申报执行额合计 US$1,250,000.00，核实 US$1,210,000.00；1 份合同需要关注。");
  await expect(page.getByTestId("reconciliation-line-1")).toContainText("与统计及收汇一致");
  const second = page.getByTestId("reconciliation-line-2");
  await expect(second).toContainText("有差异");
  await expect(second).toContainText("JPY 按本年度汇率（1 美元 = 151.5 JPY）折算为美元。");
  await expect(second).toContainText("申报执行额 US$500,000.00 与统计系统的 US$460,000.00 相差超过容差 US$5,000.00。");

  // In English, and a claim whose enterprise has no data yet says so.
  await switchLanguage(page, "English");
  await expect(page.getByTestId("reconciliation-totals")).toHaveText("Declared execution $1,250,000.00 in all, verified $1,210,000.00; 1 contract(s) need attention.");
  await page.goto("/review?kind=OFFSHORE");
  await page.getByRole("row").filter({ hasText: "洪城数据服务有限公司" }).getByRole("link").first().click();
  await expect(page.getByTestId("reconciliation-no-data")).toContainText("No Ministry of Commerce statistics");
  // The language choice is remembered for the account: leave it as the other specs expect it.
  await switchLanguage(page, "中文");
});
