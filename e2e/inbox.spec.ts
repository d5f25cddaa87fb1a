import type { Page } from "@playwright/test";
import { addBankAccount, DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, signOut, signUpOrganisation, switchLanguage, test, uploadFxReceipt } from "./support";

// A minimal PDF: file-type recognises it from its first bytes.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

/** The header's unread badge: absent when nothing is unread. */
const unreadBadge = (page: Page) => page.getByTestId("inbox-link").getByTestId("unread-count");

test("an enterprise sees its unread count rise when a reviewer requests changes, opens the inbox, follows the item and the count drops; in English the item is English", async ({ page }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36).toUpperCase();
  // A new enterprise of its own: the seeded claims belong to the other journeys.
  const account = await signUpOrganisation(page);
  // Its vetting (the sign-up helper has the demo reviewer activate it) is its first inbox item.
  await expect(unreadBadge(page)).toHaveText("1");
  await page.getByTestId("inbox-link").click();
  await expect(page.getByTestId("inbox-item").filter({ hasText: "单位已启用" })).toHaveAttribute("data-unread", "true");
  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(unreadBadge(page)).toHaveCount(0);
  // Set-up, not under test here: the payout account a submission needs.
  await addBankAccount(page, "enterprise");
  await page.goto("/enterprise");

  await page.getByRole("link", { name: "离岸业务奖励申报" }).first().click();
  await page.getByRole("link", { name: "新建申报" }).click();
  const year = Number(await page.getByLabel(/^申报年度/).inputValue());
  await page.getByRole("button", { name: "添加合同" }).click();
  const line = page.getByTestId("line-1");
  await line.getByLabel(/^合同登记号/).fill(`INBOX-${tag}`);
  await line.getByLabel(/^境外客户/).fill("Blue River Inc.");
  await line.getByLabel(/^客户所在国家或地区/).selectOption("US");
  await line.getByLabel(/^业务类别/).selectOption("SOFTWARE");
  await line.getByLabel(/^合同金额/).fill("300000.00");
  await line.getByLabel(/^申报年度执行额/).fill("300000.00");
  await line.getByLabel(/^外汇收汇日期/).fill(`${year}-06-30`);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();
  const claimPath = new URL(page.url()).pathname;
  const evidence = page.getByTestId("evidence-1");
  await evidence.getByLabel(/^合同 1 的文件/).setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: PDF });
  await evidence.getByRole("button", { name: "上传" }).click();
  await expect(evidence.getByTestId("evidence-item")).toHaveCount(1);
  await uploadFxReceipt(page, 1);
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("已提交");
  await expect(unreadBadge(page)).toHaveCount(0);
  await signOut(page);

  // The reviewer was told of the new submission (nobody is assigned: every reviewer is), and sends it back.
  const claimId = claimPath.split("/").pop()!;
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await expect(unreadBadge(page)).toBeVisible();
  await page.getByTestId("inbox-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "消息" })).toBeVisible();
  const submitted = page.getByTestId("inbox-item").filter({ hasText: "尚未分配审核员" }).first();
  await expect(submitted).toBeVisible();
  await submitted.getByRole("link", { name: /^查看/ }).click();
  await expect(page).toHaveURL(new RegExp(`/review/claims/offshore/[0-9a-f-]{36}$`));
  await page.goto(`/review/claims/offshore/${claimId}`);
  const assign = page.getByRole("button", { name: "分配给我" });
  if (await assign.isVisible()) {
    await assign.click();
    await expect(assign).toHaveCount(0);
  }
  await page.getByLabel("对整份申报的意见").fill("请补充银行收汇凭证");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByRole("button", { name: "退回修改" })).toHaveCount(0);
  await signOut(page);

  // The applicant: one unread item, in Chinese, linking to its claim.
  await signIn(page, account.email, account.password);
  await expect(unreadBadge(page)).toHaveText("1");
  await page.getByTestId("inbox-link").click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expectNoMissingMessages(page);
  // The activation read earlier, and the new one, unread.
  await expect(page.getByTestId("inbox-item")).toHaveCount(2);
  const item = page.getByTestId("inbox-item").filter({ hasText: "审核部门要求修改" });
  await expect(item).toHaveAttribute("data-unread", "true");
  await expect(item).toContainText("审核部门要求修改");
  await item.getByRole("link", { name: /^查看/ }).click();
  await expect(page).toHaveURL(new RegExp(`${claimPath}$`));
  await expect(page.getByTestId("claim-status")).toHaveText("需补正");
  await expect(unreadBadge(page)).toHaveCount(0);

  // In English the same item reads in English (stored as a key and parameters, not as text).
  await switchLanguage(page, "English");
  await page.goto("/inbox");
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  const changesItem = page.getByTestId("inbox-item").filter({ hasText: "the bureau asks for changes" });
  await expect(changesItem).toBeVisible();
  await expect(changesItem).not.toHaveAttribute("data-unread", "true");
  await expectNoMissingMessages(page);

  // A page past the end shows the last page, not "page 5 of 1".
  await page.goto("/inbox?page=5");
  await expect(page.getByTestId("inbox-item")).toHaveCount(2);

  // Mail settings: optional kinds can be turned off, mandatory ones are listed as such.
  await page.goto("/account");
  await expect(page.getByTestId("mandatory-mail-kinds")).toContainText("A claim rejected");
  await page.getByLabel("A claim in public notice").uncheck();
  await page.getByRole("button", { name: "Save mail settings" }).click();
  await expect(page.getByText("Your mail settings were saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("A claim in public notice")).not.toBeChecked();
  await expect(page.getByLabel("A claim rejected")).toHaveCount(0);
  await switchLanguage(page, "中文");
});
