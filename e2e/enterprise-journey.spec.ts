import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, signIn, signOut, signUpOrganisation, test, uploadFxReceipt } from "./support";

// A minimal PDF: file-type recognises it from its first bytes, whatever the file's name.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const CSV_HEADER = "合同登记号,境外客户,国家代码（ISO）,业务类别,合同金额（美元）,年度执行额（美元）,收汇日期（YYYY-MM-DD）";

async function fillLine(page: Page, number: number, values: { regNo: string; client: string; country: string; category: string; value: string; executed: string; date: string }) {
  const line = page.getByTestId(`line-${number}`);
  await line.getByLabel(/^合同登记号/).fill(values.regNo);
  await line.getByLabel(/^境外客户/).fill(values.client);
  await line.getByLabel(/^客户所在国家或地区/).selectOption(values.country);
  await line.getByLabel(/^业务类别/).selectOption(values.category);
  await line.getByLabel(/^合同金额/).fill(values.value);
  await line.getByLabel(/^申报年度执行额/).fill(values.executed);
  await line.getByLabel(/^外汇收汇日期/).fill(values.date);
}

test("a new enterprise fills its profile, drafts, imports, attaches evidence and submits its claim (refused while a contract lacks its receipt); others get 404", async ({ page }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36).toUpperCase();
  const account = await signUpOrganisation(page);

  // Profile: payout account stored, shown masked; the credit code is read-only.
  await page.getByRole("link", { name: "单位信息" }).click();
  await expect(page.getByTestId("credit-code")).toHaveText(/^[0-9A-Z]{18}$/);
  await page.getByLabel("账户名称").fill("端到端测试单位");
  await page.getByLabel("开户银行").fill("中国银行南昌分行");
  await page.getByLabel("新银行账号").fill("6216 6101 0000 5678");
  await page.getByRole("button", { name: "保存单位信息" }).click();
  await expect(page.getByText("单位信息已保存。")).toBeVisible();
  await expect(page.getByTestId("bank-account-masked")).toHaveText(/\*\*\*\*5678/);

  // A new claim for last year, one line by hand.
  await page.getByRole("link", { name: "离岸业务奖励申报" }).first().click();
  await page.getByRole("link", { name: "新建申报" }).click();
  const year = Number(await page.getByLabel(/^申报年度/).inputValue());
  await page.getByRole("button", { name: "添加合同" }).click();
  await fillLine(page, 1, { regNo: `E2E-${tag}-1`, client: "Blue River Inc.", country: "US", category: "SOFTWARE", value: "200000.00", executed: "150000.123", date: `${year}-06-30` });
  const preview = page.getByTestId("claim-preview");
  await expect(preview).toContainText("请更正表单中标出的金额");

  // Three decimals: refused next to the field, nothing saved.
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByTestId("line-1").getByRole("alert").filter({ hasText: "最多两位小数" })).toBeVisible();
  await expect(page).toHaveURL(/\/enterprise\/claims\/new$/);

  // Below the threshold: the preview says so and updates as the amount is typed.
  await page.getByTestId("line-1").getByLabel(/^申报年度执行额/).fill("150000.00");
  await expect(page.getByTestId("preview-total")).toHaveText("US$150,000.00");
  await expect(page.getByTestId("preview-eligibility")).toHaveText("不符合奖励条件");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();
  await expect(page).toHaveURL(/\/enterprise\/claims\/[0-9a-f-]{36}\?saved=1$/);
  const claimPath = new URL(page.url()).pathname;

  // A CSV with bad rows: every bad row listed with its number, nothing imported.
  const badCsv = [CSV_HEADER, `E2E-${tag}-2,Sakura K.K.,JP,软件,100000,50000.555,${year}-03-01`, `E2E-${tag}-1,Dup Ltd,GB,金融,10,5,${year}-03-01`].join("\n");
  await page.getByLabel("CSV 文件", { exact: true }).setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(badCsv) });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const csvErrors = page.getByTestId("csv-errors");
  await expect(csvErrors).toContainText("第 2 行，年度执行额（美元）：请输入不为负数、最多两位小数");
  await expect(csvErrors).toContainText("第 3 行，合同登记号：此合同登记号在本申报中重复");
  await expect(page.getByTestId("line-2")).toHaveCount(0);

  // A good CSV: both rows appended to the draft, and the preview now shows an incentive.
  const goodCsv = "\uFEFF" + [CSV_HEADER, `E2E-${tag}-2,Sakura K.K.,JP,软件,100000,50000.50,${year}-03-01`, `E2E-${tag}-3,Thames Ltd,GB,Finance,300000,200000,${year}-04-15`].join("\r\n");
  await page.getByLabel("CSV 文件", { exact: true }).setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(goodCsv, "utf8") });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("已向草稿添加 2 份合同。")).toBeVisible();
  await expect(page.getByTestId("line-3").getByLabel(/^境外客户/)).toHaveValue("Thames Ltd");
  await expect(page.getByTestId("preview-total")).toHaveText("US$400,000.50");
  await expect(page.getByTestId("preview-eligibility")).toHaveText("符合奖励条件");
  await expect(page.getByTestId("preview-amount")).toHaveText("¥80,000.10");

  // Evidence: a file that is not a PDF/JPEG/PNG is refused; a real PDF is listed with a download link.
  const evidence = page.getByTestId("evidence-1");
  await evidence.getByLabel(/^合同 1 的文件/).setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
  await evidence.getByRole("button", { name: "上传" }).click();
  await expect(evidence.getByText("只接受 PDF、JPEG 或 PNG 文件")).toBeVisible();
  await evidence.getByLabel(/^合同 1 的文件/).setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: PDF });
  await evidence.getByRole("button", { name: "上传" }).click();
  await expect(evidence.getByTestId("evidence-item")).toHaveCount(1);
  const evidenceHref = await evidence.getByRole("link", { name: "下载" }).getAttribute("href");
  expect(evidenceHref).toMatch(/^\/api\/evidence\/[0-9a-f-]{36}$/);
  const download = await page.request.get(evidenceHref!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");

  // Invite a colleague; the link is shown to the inviter.
  await page.getByRole("link", { name: "同事" }).click();
  const colleagueEmail = `colleague-${tag.toLowerCase()}@example.test`;
  await page.getByLabel("同事的电子邮箱").fill(colleagueEmail);
  await page.getByRole("button", { name: "发送邀请" }).click();
  const invitationLink = await page.getByTestId("invitation-link").textContent();
  expect(invitationLink).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  // The session ends; the draft is all there after signing in again.
  await signOut(page);
  await signIn(page, account.email, account.password);
  await page.goto(claimPath);
  await expect(page.getByTestId("line-1").getByLabel(/^申报年度执行额/)).toHaveValue("150,000.00");
  await expect(page.getByTestId("line-3").getByLabel(/^合同登记号/)).toHaveValue(`E2E-${tag}-3`);
  await expect(page.getByTestId("evidence-1").getByTestId("evidence-item")).toHaveCount(1);

  // Each contract needs its bank receipt: the page says so beside every line (the contract of line 1 is not it).
  for (const number of [1, 2, 3]) {
    await expect(page.getByTestId(`evidence-${number}`).getByTestId("evidence-missing")).toHaveText("提交前还须上传：银行收汇凭证。");
  }

  // Submit: the declaration is required.
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByText("请勾选声明后再提交。")).toBeVisible();
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "提交申报" }).click();
  // Refused on the server: each contract without its receipt is named beside its line and in the form; nothing is submitted.
  await expect(page.getByRole("alert").filter({ hasText: "有合同缺少证明材料，申报未提交。" })).toBeVisible();
  for (const number of [1, 2, 3]) {
    const refusal = page.getByTestId(`evidence-${number}`).getByTestId("evidence-missing");
    await expect(refusal).toHaveText(`合同 ${number}（E2E-${tag}-${number}）缺少银行收汇凭证，不能提交。`);
    await expect(refusal).toHaveAttribute("role", "alert");
  }
  const missingList = page.getByTestId("submit-missing-evidence").getByRole("listitem");
  await expect(missingList).toHaveText([1, 2, 3].map((number) => `合同 ${number}（E2E-${tag}-${number}）缺少银行收汇凭证，不能提交。`));
  await expect(page.getByTestId("claim-status")).toHaveText("草稿");
  // A receipt settles its own line; the others stay named until theirs arrive.
  await uploadFxReceipt(page, 1);
  await expect(page.getByTestId("evidence-1").getByTestId("evidence-missing")).toHaveCount(0);
  await expect(missingList).toHaveText([2, 3].map((number) => `合同 ${number}（E2E-${tag}-${number}）缺少银行收汇凭证，不能提交。`));
  await uploadFxReceipt(page, 2);
  await uploadFxReceipt(page, 3);
  await expect(page.getByTestId("submit-missing-evidence")).toHaveCount(0);
  await expect(page.getByTestId("evidence-missing")).toHaveCount(0);

  // With every receipt the claim goes in; afterwards it is read-only and shows its status and history.
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByText("申报已提交。")).toBeVisible();
  await expect(page.getByTestId("claim-status")).toHaveText("已提交");
  await expect(page.getByText("此申报已提交，不能再修改。")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存草稿" })).toHaveCount(0);
  await expect(page.getByTestId("claim-timeline")).toContainText("创建草稿");
  await expect(page.getByTestId("claim-timeline")).toContainText("已提交");
  await page.goto("/enterprise/claims");
  await expect(page.getByRole("row", { name: new RegExp(`${year}`) })).toContainText("已提交");
  await signOut(page);

  // The invited colleague sets a password through the link and joins the organisation.
  await page.goto(new URL(invitationLink!).pathname);
  await page.getByLabel("您的姓名").fill("同事甲");
  await page.getByLabel(/^密码/).fill("colleague-password-2026");
  await page.getByLabel("确认密码").fill("colleague-password-2026");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(account.name);
  await page.goto(claimPath);
  await expect(page.getByTestId("claim-status")).toHaveText("已提交");
  await signOut(page);
  // Single use: the link no longer works.
  await page.goto(new URL(invitationLink!).pathname);
  await expect(page.getByRole("heading", { name: "此邀请链接无效" })).toBeVisible();

  // A reviewer sends the claim back with a comment on contract 1 (through the review area's own page).
  const claimId = claimPath.split("/").pop()!;
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto(`/review/claims/offshore/${claimId}`);
  const assign = page.getByRole("button", { name: "分配给我" });
  if (await assign.isVisible()) {
    await assign.click();
    await expect(assign).toHaveCount(0);
  }
  await page.getByLabel("对整份申报的意见").fill("请核对收汇日期");
  await page.getByLabel(/^对第 .*条的意见/).first().fill("请补充银行收汇凭证");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByText("请补充银行收汇凭证").first()).toBeVisible();
  // The page has re-rendered for the new status (no decision section) before signing out: a
  // sign-out click that lands while the action's refresh is still replacing the page was lost once.
  await expect(page.getByRole("button", { name: "退回修改" })).toHaveCount(0);
  await signOut(page);

  // The applicant sees the comments where they apply, corrects the claim and resubmits it.
  await signIn(page, account.email, account.password);
  await page.goto(claimPath);
  await expect(page.getByTestId("claim-status")).toHaveText("需补正");
  await expect(page.getByTestId("change-request")).toContainText("请核对收汇日期");
  await expect(page.getByTestId("line-1").getByTestId("line-comment")).toContainText("请补充银行收汇凭证");
  // A reviewer may ask for more than the rule requires: line 1 has its contract and receipt, and gets another receipt.
  await expect(page.getByTestId("evidence-missing")).toHaveCount(0);
  await page.getByTestId("evidence-1").getByLabel("材料类型").selectOption("FX_RECEIPT");
  await page.getByTestId("evidence-1").getByLabel(/^合同 1 的文件/).setInputFiles({ name: "receipt.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByTestId("evidence-1").getByRole("button", { name: "上传" }).click();
  await expect(page.getByTestId("evidence-1").getByTestId("evidence-item")).toHaveCount(3);
  await page.getByTestId("line-1").getByLabel(/^外汇收汇日期/).fill(`${year}-07-01`);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "重新提交申报" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("已提交");
  const timeline = page.getByTestId("claim-timeline");
  await expect(timeline).toContainText("要求修改");
  await expect(timeline).toContainText("请补充银行收汇凭证");
  await expect(timeline).toContainText("重新提交（第 2 次提交）");
  await signOut(page);

  // The reviewer reads what changed in words: the field's label, the contract, the date as a date.
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto(`/review/claims/offshore/${claimId}`);
  const diff = page.getByTestId("submission-diff");
  await expect(diff).toContainText("外汇收汇日期");
  await expect(diff).toContainText(`合同 E2E-${tag}-1`);
  await expect(diff).toContainText(`${year}年7月1日`);
  await expect(diff).not.toContainText("fxReceiptDate");
  await signOut(page);

  // Another enterprise: the claim and the evidence do not exist for it.
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  const claimResponse = await page.goto(claimPath);
  expect(claimResponse?.status()).toBe(404);
  await expect(page.getByText(`E2E-${tag}-1`)).toHaveCount(0);
  const foreignDownload = await page.request.get(evidenceHref!);
  expect(foreignDownload.status()).toBe(404);
});

test("the CSV template downloads with a BOM and Chinese headers", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  const response = await page.request.get("/enterprise/claims/csv-template");
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8")).toContain(CSV_HEADER);
});
