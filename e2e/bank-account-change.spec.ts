// Issue 19, items 4 and 5 in the browser: a claim is not submitted without the organisation's
// bank account (the page says what is missing and links to the profile), and a changed account
// waits for a reviewer with the payment role, who confirms it from the payments page.
import { addBankAccount, DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, signOut, signUpOrganisation, test, uploadFxReceipt } from "./support";

test("a claim without the organisation's bank account is refused, the page links to the profile, and goes in once it is added", async ({ page }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36).toUpperCase();
  await signUpOrganisation(page);
  await page.getByRole("link", { name: "离岸业务奖励申报" }).first().click();
  await page.getByRole("link", { name: "新建申报" }).click();
  const year = Number(await page.getByLabel(/^申报年度/).inputValue());
  await page.getByLabel(/^年度在岸服务外包执行额/).fill("0.00");
  await page.getByRole("button", { name: "添加合同" }).click();
  const line = page.getByTestId("line-1");
  await line.getByLabel(/^合同登记号/).fill(`BANK-${tag}`);
  await line.getByLabel(/^境外客户/).fill("Harbour Client Ltd");
  await line.getByLabel(/^客户所在国家或地区/).selectOption("GB");
  await line.getByLabel(/^业务类别/).selectOption("SOFTWARE");
  await line.getByLabel(/^合同金额/).fill("300000.00");
  await line.getByLabel(/^申报年度执行额/).fill("300000.00");
  await line.getByLabel(/^外汇收汇日期/).fill(`${year}-03-15`);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();
  const claimPath = new URL(page.url()).pathname;
  // The line's receipt: only the bank account is missing.
  await uploadFxReceipt(page, 1);

  // Before submitting, the page says what is missing; submitting anyway is refused with that message.
  const notice = page.getByTestId("bank-account-missing");
  await expect(notice).toContainText("提交申报前，请先登记收取补贴的银行账户");
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "本单位尚未登记银行账户" })).toBeVisible();
  await expect(page.getByTestId("claim-status")).not.toHaveText("已提交");

  // The link leads to the profile; with the account entered the claim goes in.
  await notice.getByRole("link", { name: "单位信息" }).click();
  await expect(page).toHaveURL(/\/enterprise\/profile$/);
  await addBankAccount(page, "enterprise", "6216 6101 0000 2468");
  await page.goto(claimPath);
  await expect(page.getByTestId("bank-account-missing")).toHaveCount(0);
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByText("申报已提交。")).toBeVisible();
  await expect(page.getByTestId("claim-status")).toHaveText("已提交");
});

test("a changed bank account waits for a payment reviewer, who sees it masked and confirms it", async ({ page }) => {
  test.setTimeout(120_000);
  const account = await signUpOrganisation(page);
  // The first account needs no confirmation; replacing it does.
  await addBankAccount(page, "enterprise", "6216 6101 0000 1357");
  await addBankAccount(page, "enterprise", "6216 6101 0000 9753");
  await expect(page.getByTestId("bank-account-masked")).toHaveText(/\*\*\*\*9753/);
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review/payments");
  const section = page.getByTestId("bank-changes");
  await expect(section.getByRole("heading", { name: "待确认的银行账户变更" })).toBeVisible();
  const row = section.getByTestId("bank-change").filter({ hasText: account.name });
  await expect(row).toContainText("**** **** 1357");
  await expect(row).toContainText("**** **** 9753");
  await expect(section).not.toContainText("6216610100009753");
  await expectNoMissingMessages(page);
  await row.getByRole("button", { name: "确认新账户" }).click();
  await expect(row).toHaveCount(0);

  // Confirmed for good: gone after a reload too.
  await page.reload();
  await expect(section.getByTestId("bank-change").filter({ hasText: account.name })).toHaveCount(0);
});
