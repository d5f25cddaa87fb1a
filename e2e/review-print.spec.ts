import { expectNoSeriousA11yViolations } from "./a11y";
import { expectNoIsoDates } from "./locale-checks";
import { expectA4Pdf, expectPaperLayout } from "./print-support";
import { DEMO_ACCOUNTS, expect, signIn, signOut, test } from "./support";

// After review-journey.spec.ts (file order), which builds and pays the demo's batch; run alone,
// this spec builds the batch itself from the demo's payable grant.
test("a payment batch prints on A4 with masked accounts and totals, for the payment role only", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review/payments");
  const batchLinks = page.getByRole("link", { name: /^PB-/ });
  if ((await batchLinks.count()) === 0) {
    await page.getByRole("button", { name: "将全部生成支付批次" }).click();
    await expect(batchLinks.first()).toBeVisible();
  }
  await batchLinks.first().click();
  const batchId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("link", { name: "打印支付批次" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务外包补贴资金拨付批次清单");
  const items = page.getByTestId("print-batch-items");
  await expect(items).toContainText("南昌瑶湖信息技术有限公司");
  await expect(items.getByTestId("masked-account").first()).toHaveText("****0061");
  await expect(items).not.toContainText("6216610100000000061");
  await expect(items.locator("tfoot")).toContainText("合计（1 笔）");
  await expect(page.getByTestId("batch-total")).toHaveText("¥80,000.00");
  await expectNoSeriousA11yViolations(page);
  await expectNoIsoDates(page);
  await expectPaperLayout(page, { bureau: "南昌市商务局", datePattern: /^打印日期：\d{4}年\d{1,2}月\d{1,2}日$/ });
  await expectA4Pdf(page, { min: 1, max: 1 });
  await signOut(page);

  // A reviewer without the payment role is refused, as on the batch page.
  await signIn(page, DEMO_ACCOUNTS.secondReviewer);
  expect((await page.goto(`/review/payments/${batchId}/print`))?.status()).toBe(403);
});
