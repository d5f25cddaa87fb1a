import type { Page } from "@playwright/test";
import { makeCreditCode, makeResidentId } from "@/lib/eligibility";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expectNoIsoDates } from "./locale-checks";
import { expectA4Pdf, expectPaperLayout } from "./print-support";
import { addBankAccount, DEMO_ACCOUNTS, DEMO_PASSWORD, expect, MINIMAL_PDF, signIn, signOut, signUpOrganisation, switchLanguage, test, waitForHydration } from "./support";

// The seed's enterprise whose 2024 claim (400,000 USD → ¥80,000.00) was approved a month ago.
const YAOHU = "yaohu@demo.example";
const ZH_DATE = /^打印日期：\d{4}年\d{1,2}月\d{1,2}日$/;
const EN_DATE = /^Printed on [A-Z][a-z]+ \d{1,2}, \d{4}$/;
// A full resident ID number anywhere in a page's text, and the masked form pages show instead.
const FULL_ID = /(?<![0-9A-Z])\d{17}[0-9X](?![0-9A-Z])/;
const MASKED_ID = /^\d{4}\*{10}\d{3}[\dX]$/;

/**
 * Gives every contract on the claim page its bank receipt in one step: in the page, each line's
 * upload group gets the receipt kind and a PDF, and its upload button is pressed. The same upload
 * driven by Playwright one line at a time (e2e/support.ts, uploadFxReceipt) costs about 13 s a
 * line on a 60-line page, as each action snapshots the whole page for the trace.
 */
async function uploadFxReceiptsToEveryLine(page: Page, lines: number) {
  await page.evaluate((bytes) => {
    const sections = [...document.querySelectorAll<HTMLElement>("[data-testid]")].filter((element) => /^evidence-\d+$/.test(element.dataset.testid!));
    for (const section of sections) {
      section.querySelector("select")!.value = "FX_RECEIPT";
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(bytes)], "receipt.pdf", { type: "application/pdf" }));
      section.querySelector<HTMLInputElement>("input[type=file]")!.files = files.files;
      [...section.querySelectorAll("button")].find((button) => button.textContent === "上传")!.click();
    }
  }, [...MINIMAL_PDF]);
  await expect(page.getByTestId("evidence-item")).toHaveCount(lines, { timeout: 240_000 });
  await expect(page.getByTestId("evidence-missing")).toHaveCount(0);
}

async function openOwnClaim(page: Page, claimNoPattern: RegExp = /./) {
  await page.goto("/enterprise/claims");
  await page.getByRole("row").filter({ hasText: claimNoPattern }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/enterprise\/claims\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("an approved claim: the applicant and the reviewer print its summary and its decision notice on A4", async ({ page }) => {
  // Five documents printed to PDF, in two languages and two roles: minutes on a busy machine.
  test.setTimeout(360_000);
  await signIn(page, YAOHU, DEMO_PASSWORD);
  const claimId = await openOwnClaim(page, /2024/);

  await page.getByRole("link", { name: "打印申报摘要" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务外包离岸业务奖励申报摘要");
  await expect(page.getByTestId("print-lines")).toContainText("YH2024-US-001");
  await expect(page.getByTestId("print-lines")).toContainText("US$400,000.00");
  await expect(page.getByTestId("print-lines")).toContainText("2024年8月31日");
  await expectNoSeriousA11yViolations(page);
  await expectNoIsoDates(page);
  await expectPaperLayout(page, { bureau: "南昌市商务局", datePattern: ZH_DATE });
  await expectA4Pdf(page, { min: 1, max: 1 });

  await page.goto(`/enterprise/claims/${claimId}`);
  await page.getByRole("link", { name: "打印决定通知书" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务外包离岸业务奖励审核决定通知书");
  await expect(page.getByTestId("notice-outcome")).toContainText("决定予以核准");
  await expect(page.getByTestId("notice-amount")).toHaveText("¥80,000.00");
  await expect(page.getByTestId("notice-calculation")).toContainText("400,000");
  await expectNoSeriousA11yViolations(page);
  await expectNoIsoDates(page);
  await expectPaperLayout(page, { bureau: "南昌市商务局", datePattern: ZH_DATE });
  await expectA4Pdf(page, { min: 1, max: 1 });

  // The same notice in English: words, date and money follow the language.
  await switchLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offshore Service-Outsourcing Incentive: Notice of Decision");
  await expect(page.getByTestId("notice-outcome")).toContainText(/approved on [A-Z][a-z]+ \d{1,2}, \d{4}/);
  await expect(page.getByTestId("notice-amount")).toHaveText("¥80,000.00");
  await expectNoIsoDates(page);
  await expectPaperLayout(page, { bureau: "Nanchang Municipal Bureau of Commerce", datePattern: EN_DATE });
  await expectA4Pdf(page, { min: 1, max: 1 });
  await switchLanguage(page, "中文");
  await signOut(page);

  // The reviewer reaches both from the review page.
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto(`/review/claims/offshore/${claimId}`);
  await page.getByRole("link", { name: "打印决定通知书" }).click();
  await expect(page.getByTestId("notice-amount")).toHaveText("¥80,000.00");
  await expectPaperLayout(page, { bureau: "南昌市商务局", datePattern: ZH_DATE });
  await page.goto(`/review/claims/offshore/${claimId}`);
  await page.getByRole("link", { name: "打印申报摘要" }).click();
  await expect(page.getByTestId("print-lines")).toContainText("YH2024-US-001");
  await signOut(page);

  // Another enterprise: neither document exists for it.
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  for (const path of [`/enterprise/claims/${claimId}/print`, `/enterprise/claims/${claimId}/decision`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("YH2024-US-001")).toHaveCount(0);
  }
});

test("a long claim's summary flows onto further A4 pages; its rejection notice gives the reason", async ({ page }) => {
  test.setTimeout(420_000);
  const tag = Date.now().toString(36).toUpperCase();
  const account = await signUpOrganisation(page);
  await addBankAccount(page, "enterprise");
  await page.getByRole("link", { name: "离岸业务奖励申报" }).first().click();
  await page.getByRole("link", { name: "新建申报" }).click();
  const year = Number(await page.getByLabel(/^申报年度/).inputValue());
  await page.getByLabel(/^年度在岸服务外包执行额/).fill("0.00");
  await page.getByRole("button", { name: "添加合同" }).click();
  const line = page.getByTestId("line-1");
  await line.getByLabel(/^合同登记号/).fill(`PR-${tag}-00`);
  await line.getByLabel(/^境外客户/).fill("First Client Ltd");
  await line.getByLabel(/^客户所在国家或地区/).selectOption("GB");
  await line.getByLabel(/^业务类别/).selectOption("SOFTWARE");
  await line.getByLabel(/^合同金额/).fill("50000.00");
  await line.getByLabel(/^申报年度执行额/).fill("50000.00");
  await line.getByLabel(/^外汇收汇日期/).fill(`${year}-01-15`);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();

  // 59 more contracts by CSV: more than one A4 page of lines.
  const header = "合同登记号,境外客户,国家代码（ISO）,业务类别,合同金额（美元）,年度执行额（美元）,收汇日期（YYYY-MM-DD）";
  const rows = Array.from({ length: 59 }, (_, i) => `PR-${tag}-${String(i + 1).padStart(2, "0")},Client Number ${i + 1} International Services Limited,US,软件,20000,10000.${String(i).padStart(2, "0")},${year}-${String((i % 12) + 1).padStart(2, "0")}-10`);
  await page.getByLabel("CSV 文件", { exact: true }).setInputFiles({ name: "many.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\n")) });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("已向草稿添加 59 份合同。")).toBeVisible();
  // The import refreshes the page (and the submit form with the claim's new version): start afresh.
  await page.reload();
  await expect(page.getByTestId("line-60")).toBeVisible();
  // Every contract's bank receipt, which a submission needs.
  await uploadFxReceiptsToEveryLine(page, 60);
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByText("申报已提交。")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("claim-status")).toHaveText("已提交");
  const claimId = new URL(page.url()).pathname.split("/").pop()!;

  await page.getByRole("link", { name: "打印申报摘要" }).click();
  await expect(page.getByTestId("print-lines").locator("tbody tr")).toHaveCount(60);
  await expectPaperLayout(page, { bureau: "南昌市商务局", datePattern: ZH_DATE });
  await expectA4Pdf(page, { min: 2, max: 5 });
  // An undecided claim has no decision notice yet.
  expect((await page.goto(`/enterprise/claims/${claimId}/decision`))?.status()).toBe(404);
  // The 404 page has no shell: back to the claim to sign out.
  await page.goto(`/enterprise/claims/${claimId}`);
  await signOut(page);

  // The reviewer rejects it with a reason, then prints the notice.
  const reason = "合同登记号与商务部服务外包业务管理系统中的记录不符";
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto(`/review/claims/offshore/${claimId}`);
  // A page of 60 contracts hydrates slowly: a reason typed before that would be reset by the form.
  await waitForHydration(page);
  const assign = page.getByRole("button", { name: "分配给我" });
  if (await assign.isVisible()) {
    await assign.click();
    await expect(assign).toHaveCount(0);
    await waitForHydration(page);
  }
  await page.getByLabel(/^驳回理由/).fill(reason);
  await page.getByRole("button", { name: "驳回申报" }).click();
  await expect(page.getByRole("link", { name: "打印决定通知书" })).toBeVisible();
  await page.getByRole("link", { name: "打印决定通知书" }).click();
  await expect(page.getByTestId("notice-outcome")).toContainText("决定不予核准");
  await expect(page.getByTestId("notice-reason")).toHaveText(reason);
  await expect(page.getByTestId("notice-amount")).toHaveCount(0);
  await expectPaperLayout(page, { bureau: "南昌市商务局", datePattern: ZH_DATE });
  await expectA4Pdf(page, { min: 1, max: 1 });
  await signOut(page);

  await signIn(page, account.email, account.password);
  await page.goto(`/enterprise/claims/${claimId}`);
  await page.getByRole("link", { name: "打印决定通知书" }).click();
  await expect(page.getByTestId("notice-reason")).toHaveText(reason);
});

/** On a training document: every ID number is the masked one, no full number is in the text. */
async function expectOnlyMaskedIds(page: Page, count: number) {
  const ids = page.getByTestId("masked-id");
  await expect(ids).toHaveCount(count);
  for (const text of await ids.allInnerTexts()) expect(text).toMatch(MASKED_ID);
  expect(await page.locator("body").innerText()).not.toMatch(FULL_ID);
}

test("a training claim: the institution and the reviewer print its summary; another institution gets 404", async ({ page }) => {
  test.setTimeout(240_000);
  // The seed's submitted claim of 南昌豫章服务外包培训学院: 张伟 (employer in Nanchang) and 王芳 (Shanghai).
  await signIn(page, DEMO_ACCOUNTS.institutionYuzhang);
  await page.goto("/institution/claims");
  await page.getByRole("row").filter({ hasText: "已提交" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/institution\/claims\/[0-9a-f-]{36}$/);
  const claimId = new URL(page.url()).pathname.split("/").pop()!;
  // Not decided: a summary, no notice.
  await expect(page.getByRole("link", { name: "打印决定通知书" })).toHaveCount(0);
  await page.getByRole("link", { name: "打印申报摘要" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务外包人才培训补贴申报摘要");
  await expect(page.getByTestId("print-status")).toHaveText("已提交");
  const lines = page.getByTestId("print-line");
  await expect(lines).toHaveCount(2);
  const zhang = lines.filter({ hasText: "张伟" });
  await expect(zhang).toContainText("Java 软件开发");
  await expect(zhang).toContainText("2024年3月1日 至 2024年7月15日");
  await expect(zhang).toContainText("YZ-2024-");
  await expect(zhang).toContainText("南昌赣江软件有限公司");
  await expect(zhang.locator("td").nth(6)).toHaveText("是");
  await expect(zhang).toContainText("¥2,000.00");
  await expect(zhang).toContainText("¥1,500.00");
  await expect(zhang).toContainText("待审核");
  const wang = lines.filter({ hasText: "王芳" });
  await expect(wang).toContainText("上海浦江信息技术有限公司");
  await expect(wang.locator("td").nth(6)).toHaveText("否");
  await expect(wang).toContainText("¥1,000.00");
  await expect(page.getByTestId("print-trainee-total")).toHaveText("¥3,000.00");
  await expect(page.getByTestId("print-institution-total")).toHaveText("¥2,000.00");
  await expectOnlyMaskedIds(page, 2);
  await expectNoSeriousA11yViolations(page);
  await expectNoIsoDates(page);
  await expectPaperLayout(page, { bureau: "南昌市商务局", datePattern: ZH_DATE });
  await expectA4Pdf(page, { min: 1, max: 1 });
  // An undecided claim has no decision notice.
  expect((await page.goto(`/institution/claims/${claimId}/decision`))?.status()).toBe(404);
  await page.goto(`/institution/claims/${claimId}`);
  await signOut(page);

  // Another institution: the claim does not exist for it.
  await signIn(page, DEMO_ACCOUNTS.institutionTengwang);
  expect((await page.goto(`/institution/claims/${claimId}/print`))?.status()).toBe(404);
  await expect(page.getByText("南昌豫章服务外包培训学院")).toHaveCount(0);
  await page.goto("/institution");
  await signOut(page);

  // The reviewer reaches the same summary from the claim's review page.
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review?kind=TRAINING&organisation=" + encodeURIComponent("豫章"));
  await page.getByRole("row").filter({ hasText: "南昌豫章服务外包培训学院" }).getByRole("link").first().click();
  await expect(page).toHaveURL(`/review/claims/training/${claimId}`);
  await expect(page.getByRole("link", { name: "打印决定通知书" })).toHaveCount(0);
  await page.getByRole("link", { name: "打印申报摘要" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务外包人才培训补贴申报摘要");
  await expect(page.getByTestId("print-line")).toHaveCount(2);
  await expectOnlyMaskedIds(page, 2);
  expect((await page.goto(`/review/claims/training/${claimId}/decision`))?.status()).toBe(404);
});

test("an approved training claim's decision notice lists each trainee's grant, for the institution and the reviewer", async ({ page }) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36).toUpperCase();
  const name = `打印测试培训学校${tag}`;
  // Two trainees with a Shanghai employer (no confirmation needed): ¥1,000.00 + ¥500.00 each.
  const ids = ["20010101", "20010202"].map((birth) => makeResidentId(`360102${birth}${String(Math.floor(Math.random() * 900) + 100)}`));
  const employerCode = makeCreditCode(`91310115MA${tag.slice(-7).padStart(7, "0").replace(/[IOSVZ]/g, "1")}`);
  const header = ["姓名", "身份证号", "院校", "院校层次", "学生状态", "手机号", "课程名称", "培训开始日期", "培训结束日期", "考试通过", "证书编号", "发证日期", "用人单位信用代码", "用人单位名称", "用人单位所在城市", "合同签订日期", "合同开始日期", "合同结束日期"];
  const row = (trainee: string, id: string) => [trainee, id, "江西财经大学", "本科", "毕业生", "13900000000", "Java 软件开发", "2024/3/1", "2024/7/15", "是", `PRN-${id.slice(-4)}`, "2024/7/20", employerCode, "上海浦江信息技术有限公司", "上海", "2024/7/25", "2024/8/1", "2026/7/31"];
  const csv = "\uFEFF" + [header, row("钱打印", ids[0]!), row("孙打印", ids[1]!)].map((r) => r.join(",")).join("\r\n") + "\r\n";

  const institution = await signUpOrganisation(page, { kind: "TRAINING_INSTITUTION", name });
  await addBankAccount(page, "institution");
  await page.goto("/institution/trainees/import");
  await page.getByLabel("CSV 文件").setInputFiles({ name: "print.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "检查文件" }).click();
  await page.getByRole("button", { name: "导入 2 行有效数据" }).click();
  await expect(page.getByText("已导入 2 行；拒绝 0 行。").first()).toBeVisible();
  await page.goto("/institution/claims");
  await page.getByRole("button", { name: "创建申报草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^申报 B\d{4}-/ })).toBeVisible();
  const claimId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByLabel("全选本页可加入的 2 名学员").check();
  await page.getByRole("button", { name: "加入所选 2 名学员" }).click();
  await expect(page.getByTestId("claim-line")).toHaveCount(2);
  await page.getByLabel("本单位承诺本申报所填信息真实、完整。").check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByText("本申报已提交商务局，不能修改。")).toBeVisible();
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto(`/review/claims/training/${claimId}`);
  await expect(page.getByTestId("preview-amount")).toContainText("¥3,000.00");
  await page.getByRole("button", { name: "批准", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("公示中");
  await page.getByRole("link", { name: "打印决定通知书" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务外包人才培训补贴审核决定通知书");
  await expect(page.getByTestId("notice-amount")).toHaveText("¥3,000.00");
  await expectPaperLayout(page, { bureau: "南昌市商务局", datePattern: ZH_DATE });
  await signOut(page);

  await signIn(page, institution.email, institution.password);
  await page.goto(`/institution/claims/${claimId}`);
  await page.getByRole("link", { name: "打印决定通知书" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务外包人才培训补贴审核决定通知书");
  await expect(page.getByTestId("notice-outcome")).toContainText("核准 2 名学员，不予核准 0 名学员");
  await expect(page.getByTestId("notice-amount")).toHaveText("¥3,000.00");
  await expect(page.getByTestId("notice-trainee-amount")).toHaveText("¥2,000.00");
  await expect(page.getByTestId("notice-institution-amount")).toHaveText("¥1,000.00");
  const noticeLines = page.getByTestId("notice-line");
  await expect(noticeLines).toHaveCount(2);
  for (const trainee of ["钱打印", "孙打印"]) {
    const line = noticeLines.filter({ hasText: trainee });
    await expect(line).toContainText("核准");
    await expect(line).toContainText("¥1,000.00");
    await expect(line).toContainText("¥500.00");
  }
  await expect(page.getByTestId("notice-calculation")).toContainText("钱打印：用人单位在本市以外");
  await expect(page.getByTestId("print-document")).toContainText(`${ids[0]!.slice(0, 4)}**********${ids[0]!.slice(14)}`);
  await expectOnlyMaskedIds(page, 2);
  await expectNoSeriousA11yViolations(page);
  await expectNoIsoDates(page);
  await expectPaperLayout(page, { bureau: "南昌市商务局", datePattern: ZH_DATE });
  await expectA4Pdf(page, { min: 1, max: 1 });
});
