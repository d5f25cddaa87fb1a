import { DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, signOut, test, waitForHydration } from "./support";

// The first 1 January a new version may take effect on (tomorrow at the soonest), on China's calendar.
function nextFirstOfJanuary(): string {
  const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + 24 * 3600_000));
  const year = Number(tomorrow.slice(0, 4));
  return tomorrow.endsWith("-01-01") ? tomorrow : `${year + 1}-01-01`;
}

test("an administrator drafts a version raising the rule-A rate, is refused bad values next to their fields, costs it over the seeded claims, and a second administrator publishes it", async ({ page }) => {
  const firstDay = nextFirstOfJanuary();
  const lastDayBefore = `${Number(firstDay.slice(0, 4)) - 1}-12-31`;
  await signIn(page, DEMO_ACCOUNTS.administrator);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "政策版本" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "政策版本" })).toBeVisible();
  const versions = page.getByTestId("policy-versions");
  await expect(versions).toContainText("每美元 0.2 元");
  await expect(versions).toContainText("2015-01-01 起");
  await expectNoMissingMessages(page);

  await waitForHydration(page);
  await page.getByRole("button", { name: /^以此为基础新建草案: 南昌市关于进一步加快服务外包产业发展的实施意见/ }).click();
  await expect(page.getByTestId("policy-status")).toContainText("草案");
  await waitForHydration(page);

  const rate = page.getByLabel(/^奖励标准（元\/美元）/);
  const cap = page.getByLabel(/^每家企业每年上限（元）/);
  const firstDayField = page.getByLabel(/^生效日期/);
  const save = page.getByRole("button", { name: "保存草案" });
  await expect(rate).toHaveValue("0.20");

  // A negative rate and a cap under what the threshold already earns: each refused next to its field.
  await rate.fill("-0.25");
  await save.click();
  await expect(rate).toHaveAccessibleDescription(/不能为负数/);
  // 200,000 USD at 0.25 already earns 50,000.00 yuan.
  await rate.fill("0.25");
  await cap.fill("1000");
  await save.click();
  await expect(cap).toHaveAccessibleDescription(/年度上限不能低于刚超过门槛的收入可得的金额（50,000.00 元）/);
  await expect(rate).not.toHaveAccessibleDescription(/不能为负数/);

  // Issue 18's verification parameters are edited the same way: a tolerance over 100 % and a shared
  // client "behind one claimant" are refused next to their fields; the bureau's values are shown in per cent.
  const tolerance = page.getByLabel(/^核对容差（%）/);
  const claimants = page.getByLabel(/^共同境外客户：申报企业数/);
  await expect(tolerance).toHaveValue("1.00");
  await expect(page.getByLabel(/^整数金额：整数金额明细占比（%）/)).toHaveValue("80.00");
  await tolerance.fill("101");
  await claimants.fill("1");
  await save.click();
  await expect(tolerance).toHaveAccessibleDescription(/最多为 100%。/);
  await expect(claimants).toHaveAccessibleDescription(/至少为 2。/);
  await tolerance.fill("1.00");
  await claimants.fill("3");

  await cap.fill("500000.00");
  await page.getByLabel(/^名称（中文）/).fill("测试政策：提高离岸奖励标准");
  await firstDayField.fill(firstDay);
  await save.click();
  await expect(page.getByRole("status")).toContainText("草案已保存（第 2 版）");
  const changes = page.getByTestId("policy-changes");
  await expect(changes).toContainText("离岸奖励标准");
  await expect(changes).toContainText("每美元 0.25 元");
  await expect(page.getByTestId("publish-not-yours")).toBeVisible();
  await expect(page.getByRole("button", { name: /^发布/ })).toHaveCount(0);
  const draftUrl = page.url();

  // The what-if over the seeded open claims. By hand: 南昌赣江软件有限公司's 2024 claim, 1,250,000 USD,
  // gets 250,000.00 yuan at 0.20 and 312,500.00 at 0.25 (+62,500.00); 红城's 3,000,000 USD is capped
  // at 500,000.00 either way, so it is not among the changed claims.
  await page.getByRole("link", { name: "测算影响（假设分析）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("测算影响：测试政策：提高离岸奖励标准");
  await waitForHydration(page);
  await page.getByRole("button", { name: "开始测算" }).click();
  await expect(page.getByTestId("what-if-totals")).toBeVisible({ timeout: 30_000 });
  const rows = page.getByTestId("what-if-rows").locator("tbody tr");
  const ganjiang = rows.filter({ hasText: "南昌赣江软件有限公司" }).filter({ hasText: "¥250,000.00" });
  await expect(ganjiang).toHaveCount(1);
  await expect(ganjiang).toContainText("¥312,500.00");
  await expect(ganjiang).toContainText("+¥62,500.00");
  await expect(ganjiang).toContainText("离岸业务奖励标准（每美元）");
  await expect(rows.filter({ hasText: "红城" })).toHaveCount(0);
  // The totals move by exactly the listed differences (every changed claim is on this first page).
  const yuanOf = (text: string) => Math.round(Number(text.replace(/[^\d.-]/g, "")) * 100);
  const differences = await page.getByTestId("what-if-rows").locator("tbody tr td:nth-child(7)").allInnerTexts();
  const listed = differences.reduce((sum, text) => sum + yuanOf(text), 0);
  const now = yuanOf(await page.getByTestId("what-if-now").innerText());
  const draft = yuanOf(await page.getByTestId("what-if-draft").innerText());
  expect(draft - now).toBe(listed);
  expect(yuanOf(await page.getByTestId("what-if-difference").innerText())).toBe(listed);
  await expect(page.getByTestId("what-if-counts-enterprises")).toBeVisible();
  await expect(page.getByTestId("what-if-by-kind")).toContainText("离岸业务奖励（草案）");
  await expect(page.getByTestId("what-if-budget")).toContainText("2024");
  // The list exports as CSV with the same figures.
  const csvHref = await page.getByRole("link", { name: /导出受影响的申报（CSV）/ }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/南昌赣江软件有限公司.*250000\.00.*312500\.00.*62500\.00/);
  await expectNoMissingMessages(page);
  await signOut(page);

  // The second administrator reviews and publishes revision 2.
  await signIn(page, DEMO_ACCOUNTS.secondAdministrator);
  await page.goto("/admin/policy");
  await page.getByTestId("policy-drafts").getByRole("link", { name: "测试政策：提高离岸奖励标准" }).click();
  await expect(page).toHaveURL(draftUrl);
  await waitForHydration(page);
  await page.getByRole("button", { name: "发布（第 2 版）" }).click();
  await expect(page.getByTestId("policy-status")).toContainText(`已发布 · 生效期间 ${firstDay} 起`);
  await page.goto("/admin/policy");
  await expect(page.getByTestId("policy-versions")).toContainText(`2015-01-01 至 ${lastDayBefore}`);
  await expect(page.getByTestId("policy-versions")).toContainText("每美元 0.25 元");
  await expect(page.getByTestId("policy-drafts")).toHaveCount(0);
  await expectNoMissingMessages(page);
});
