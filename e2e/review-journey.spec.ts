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

test("a member of the public objects to a notice item; a reviewer sees it, masked, and dismisses it", async ({ page }) => {
  // No login: the public notice page, qingshan's item (approved above, in its period).
  await page.goto("/notice");
  const row = page.getByTestId("public-notice").getByRole("row").filter({ hasText: "南昌青山数码科技有限公司" });
  await row.getByText("提出异议").click();
  const form = row.getByTestId("public-objection");
  // Bad input: a message in the page's language next to each field, nothing sent. (A blank name
  // is typed first: filling waits for the form to be hydrated.)
  await form.getByLabel("您的姓名").fill("   ");
  await form.getByRole("button", { name: "提交异议" }).click();
  await expect(form.getByText("此项为必填项。")).toHaveCount(3);
  await form.getByLabel("您的姓名").fill("王五");
  await form.getByLabel("电话或电子邮箱").fill("call me");
  await form.getByLabel("异议理由").fill("该企业的离岸合同系伪造");
  await form.getByRole("button", { name: "提交异议" }).click();
  await expect(form.getByText("请输入手机号、座机号或电子邮箱地址。")).toBeVisible();
  await form.getByLabel("电话或电子邮箱").fill("13812345678");
  await form.getByRole("button", { name: "提交异议" }).click();
  await expect(form.getByRole("status")).toContainText("您的异议已收到");
  await expectNoMissingMessages(page);

  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review/notice");
  const objection = page.getByTestId("public-objection-row").filter({ hasText: "该企业的离岸合同系伪造" });
  await expect(objection).toContainText("王五（138****5678）");
  await expect(page.getByTestId("public-objections")).not.toContainText("13812345678");
  await expect(objection.getByTestId("public-objection-status")).toHaveText("待处理");
  await objection.getByLabel("驳回理由").fill("经核实合同真实有效");
  await objection.getByRole("button", { name: "驳回该异议" }).click();
  await expect(objection.getByTestId("public-objection-status")).toHaveText("已驳回");
  await expect(objection).toContainText("经核实合同真实有效");
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
  // The print writes dates in the reader's language (no ISO dates on paper).
  const [valueYear, valueMonth, valueDay] = todayInChina.split("-").map(Number);
  await expect(page.getByTestId("print-value-date")).toHaveText(`${valueYear}年${valueMonth}月${valueDay}日`);

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

test("the administrator filters the audit page by action and reads what happened in words, the raw record one click away", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.administrator);
  await page.goto("/admin/audit");
  await expect(page.getByTestId("chain-status")).toContainText("审计链完整");
  await page.getByRole("combobox", { name: /^操作/ }).selectOption({ label: "公众对公示项提出异议" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=notice\.public-objection/);
  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(1);
  // Words, not codes: the action, who (the public), the target kind; no code in what is shown.
  await expect(rows.first()).toContainText("公众对公示项提出异议");
  await expect(rows.first()).toContainText("公众");
  await expect(rows.first()).toContainText("公示项");
  await expect(rows.first()).not.toContainText("notice.public-objection", { useInnerText: true });
  // The raw record, one click away.
  await rows.first().getByText("原始记录").click();
  await expect(rows.first().getByTestId("audit-raw")).toBeVisible();
  await expect(rows.first().getByTestId("audit-raw")).toContainText('"action": "notice.public-objection"');

  // A claim is named by its number and the reviewer by name and role.
  await page.getByRole("combobox", { name: /^操作/ }).selectOption({ label: "审核通过申报" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(rows.first()).toContainText(/申报\s*A2024-\w+/);
  await expect(rows.first()).toContainText("(审核人员)");
  // A bad date is reported next to its field; the page still lists.
  await page.goto("/admin/audit?from=2026-13-45");
  await expect(page.locator("#audit-from-error")).toHaveText("输入无效。");
  await expect(page.getByTestId("chain-status")).toBeVisible();
  await expectNoMissingMessages(page);
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
