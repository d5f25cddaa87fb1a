import { DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, signOut, test } from "./support";

// What the queue and the claim page offer is what the server allows (lib/review/available-review-actions),
// and the queue's amount is what an approval would grant. Runs before review-journey: it reads the
// seeded 洪城 claim while it still waits for a reviewer, and declares its conflict as the second
// reviewer, who decides nothing of 赣江's in the other specs.

test("the queue shows the capped amount with the cap's reason, reachable by keyboard", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto(`/review?organisation=${encodeURIComponent("洪城数据服务有限公司")}`);
  const row = page.getByRole("row").filter({ hasText: "洪城数据服务有限公司" });
  await expect(row).toHaveCount(1);
  // Declared 600,000.00; the annual cap allows 500,000.00.
  await expect(row.getByTestId("queue-amount").locator(".tabular-nums")).toHaveText("¥500,000.00");
  const cap = row.getByRole("button", { name: "已封顶" });
  await expect(cap).toHaveAccessibleDescription("申报 ¥600,000.00;企业年度上限 ¥500,000.00,本年度已拨付 ¥0.00,本次最多拨付 ¥500,000.00。");
  const tip = page.getByRole("tooltip").filter({ hasText: "企业年度上限" });
  await expect(tip).toBeHidden();
  await cap.focus();
  await expect(tip).toBeVisible();
  // The flag says why.
  await expect(row.getByTestId("flag-reasons")).toHaveText("需关注: 双人复核(须第二次批准)");
  await expectNoMissingMessages(page);
});

test("a reviewer who declared a conflict is offered neither assignment nor any decision", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.secondReviewer);
  const organisation = "南昌赣江软件有限公司";
  await page.goto(`/review?organisation=${encodeURIComponent(organisation)}`);
  const row = page.getByRole("row").filter({ hasText: organisation });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("button", { name: "分配给我" })).toBeVisible();
  await row.getByRole("link").first().click();
  await expect(page.getByRole("button", { name: "批准", exact: true })).toBeVisible();
  const claimUrl = page.url();

  await page.goto("/review/conflicts");
  await page.getByLabel("申报单位").selectOption({ label: organisation });
  await page.getByRole("button", { name: "申报利益冲突" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: organisation })).toBeVisible();

  await page.goto(`/review?organisation=${encodeURIComponent(organisation)}`);
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("button", { name: "分配给我" })).toHaveCount(0);
  await page.goto(claimUrl);
  await expect(page.getByTestId("conflict-declared")).toBeVisible();
  for (const name of ["批准", "退回修改", "驳回申报"]) await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
  await expectNoMissingMessages(page);

  // Another reviewer still has them.
  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto(claimUrl);
  await expect(page.getByRole("button", { name: "批准", exact: true })).toBeVisible();
  await expect(page.getByTestId("conflict-declared")).toHaveCount(0);
});
