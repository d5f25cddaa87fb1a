import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, signOut, test } from "./support";

// One bureau day on the seeded demo, in order: the state carries from one step to the next.
test.describe.configure({ mode: "serial" });

async function openClaimOf(page: Page, organisation: string) {
  await page.goto("/review");
  await page.getByLabel("申报单位").fill(organisation);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(new RegExp(`organisation=${encodeURIComponent(organisation)}`));
  const row = page.getByRole("row").filter({ hasText: organisation });
  await expect(row).toHaveCount(1);
  await row.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("申报");
  return page.url();
}

test("a reviewer works the queue: filters, requests changes, approves", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review?kind=OFFSHORE");
  await expect(page.getByRole("heading", { name: "审核队列" })).toBeVisible();
  await expectNoMissingMessages(page);

  // Send ganjiang's claim back with a comment for the whole claim.
  await openClaimOf(page, "南昌赣江软件有限公司");
  await page.getByLabel("对整份申报的意见").fill("请补充 GJ2024-JP-002 的收汇凭证");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("需补正");
  await expect(page.getByTestId("decisions")).toContainText("请补充 GJ2024-JP-002 的收汇凭证");

  // Approve qingshan's claim: 300,000 USD gives 60,000 RMB, below the four-eyes threshold.
  await openClaimOf(page, "南昌青山数码科技有限公司");
  await expect(page.getByTestId("preview-amount")).toContainText("¥60,000.00");
  await expectNoMissingMessages(page);
  await page.getByRole("button", { name: "批准", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("公示中");
  await expect(page.getByTestId("decisions")).toContainText("¥60,000.00");
});

test("a second reviewer co-approves the large claim; the public notice shows it", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  const url = await openClaimOf(page, "洪城数据服务有限公司");
  await expect(page.getByTestId("preview-amount")).toContainText("¥500,000.00");
  await expect(page.getByTestId("flags")).toContainText("双人复核");
  await page.getByRole("button", { name: "批准", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("待复核");
  // The first approver is not offered the second approval (the server would refuse it).
  await expect(page.getByTestId("first-approver")).toBeVisible();
  await expect(page.getByRole("button", { name: "复核批准(第二审核人)" })).toHaveCount(0);
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.secondReviewer);
  await page.goto(url);
  await expect(page.getByTestId("first-approver")).toHaveCount(0);
  await page.getByRole("button", { name: "复核批准(第二审核人)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("公示中");
  await signOut(page);

  // 公示: no login needed.
  await page.goto("/notice");
  const row = page.getByTestId("public-notice").getByRole("row").filter({ hasText: "洪城数据服务有限公司" });
  await expect(row).toContainText("¥500,000.00");
  await expect(page.getByTestId("public-notice")).toContainText("南昌青山数码科技有限公司");
  await expectNoMissingMessages(page);
});

test("a payment batch is built, exported as a bank file and paid", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review/payments");
  await expect(page.getByTestId("pool-summary")).toContainText("¥80,000.00");
  await page.getByRole("button", { name: "将全部生成支付批次" }).click();
  await page.getByRole("link", { name: /^PB-/ }).first().click();
  await expect(page.getByTestId("batch-status")).toHaveText("已创建");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出银行文件(CSV)" }).click();
  const download = await downloading;
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv).toContain("南昌瑶湖信息技术有限公司");
  expect(csv).toContain("6216610100000000061");
  expect(csv).toContain("80000.00");

  await page.reload();
  await expect(page.getByTestId("batch-status")).toHaveText("已导出银行文件");
  // Marking it paid is a confirmation naming what the bank paid, with the statement's reference and value date.
  await page.getByRole("button", { name: "标记为已支付…" }).click();
  const confirm = page.getByTestId("confirm-paid");
  await expect(confirm.getByTestId("confirm-paid-summary")).toContainText("共 1 笔，合计 ¥80,000.00");
  await confirm.getByRole("button", { name: "确认：银行已支付本批次" }).click();
  await expect(confirm.getByText("此项为必填项。")).toHaveCount(2);
  await confirm.getByLabel("银行流水号").fill("=HYPERLINK(1)");
  await confirm.getByLabel("起息日（北京时间）").fill("2999-01-01");
  await confirm.getByRole("button", { name: "确认：银行已支付本批次" }).click();
  await expect(confirm.getByText("仅限字母、数字及 - _ / .")).toBeVisible();
  await expect(confirm.getByText("日期不能晚于今天。")).toBeVisible();
  await expect(page.getByTestId("batch-status")).toHaveText("已导出银行文件");
  const todayInChina = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await confirm.getByLabel("银行流水号").fill("CBN2026-000178");
  await confirm.getByLabel("起息日（北京时间）").fill(todayInChina);
  await confirm.getByRole("button", { name: "确认：银行已支付本批次" }).click();
  await expect(page.getByTestId("batch-status")).toHaveText("已支付");
  await expect(page.getByTestId("batch-bank-reference")).toHaveText("CBN2026-000178");
  await expect(page.getByTestId("batch-value-date")).toHaveText(todayInChina);
  await expectNoMissingMessages(page);
  await page.getByRole("link", { name: "打印支付批次" }).click();
  await expect(page.getByTestId("print-bank-reference")).toHaveText("CBN2026-000178");
  await expect(page.getByTestId("print-value-date")).toHaveText(todayInChina);

  // Nothing left to pay: an empty batch is refused.
  await page.goto("/review/payments");
  await page.getByRole("button", { name: "将全部生成支付批次" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "没有可支付的项目" })).toBeVisible();
  await signOut(page);

  // A reviewer without the payment role cannot open the payments page.
  await signIn(page, DEMO_ACCOUNTS.secondReviewer);
  const response = await page.goto("/review/payments");
  expect(response?.status()).toBe(403);
});

test("the administrator sets the budget; the dashboard shows the totals; the audit chain verifies", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.administrator);
  await page.goto("/admin/budget");
  await page.getByLabel("年度").fill("2024");
  await page.getByLabel("预算金额(元)").fill("abc");
  await page.getByRole("button", { name: "保存预算" }).click();
  await expect(page.getByText("最多两位小数的金额")).toBeVisible();
  await page.getByLabel("预算金额(元)").fill("5,000,000.00");
  await page.getByRole("button", { name: "保存预算" }).click();
  await expect(page.getByTestId("budgets")).toContainText("¥5,000,000.00");

  await page.goto("/admin/dashboard?year=2024");
  await expect(page.getByTestId("budget")).toHaveText("¥5,000,000.00");
  // 80,000 (seeded) + 60,000 (qingshan) + 500,000 (hongcheng, capped) granted; the seeded 80,000 paid.
  await expect(page.getByTestId("granted")).toHaveText("¥640,000.00");
  await expect(page.getByTestId("paid")).toHaveText("¥80,000.00");
  await expect(page.getByTestId("chart-budget").locator("svg")).toBeVisible();
  await expectNoMissingMessages(page);

  await page.goto("/admin/audit");
  await expect(page.getByTestId("chain-status")).toContainText("审计链完整");
});

test("a queue page past the end shows the last page, and the dashboard says what its growth compares", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  // An old link to page 99 of a queue that has one page: page 1 with its claims, not "page 99 of 1".
  await page.goto("/review?page=99");
  await expect(page.getByText(/共 \d+ 件 · 第 1\/1 页/)).toBeVisible();
  await expect(page.locator(`a[href^="/review/claims/"]`).first()).toBeVisible();
  // The year still running is compared month for month with the year before, and says so.
  const thisYear = new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date());
  await page.goto(`/review/dashboard?year=${thisYear}`);
  await expect(page.getByTestId("growth-basis")).toContainText(String(Number(thisYear) - 1));
  // A past year is compared whole: no note.
  await page.goto("/review/dashboard?year=2024");
  await expect(page.getByTestId("growth")).toBeVisible();
  await expect(page.getByTestId("growth-basis")).toHaveCount(0);
});
