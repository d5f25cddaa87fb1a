import { DEMO_ACCOUNTS, expect, MINIMAL_PDF, signIn, signOut, signUpOrganisation, test, uploadFxReceipt } from "./support";

// Sign-up → vetting → submit (SECURITY.md V4): a new organisation prepares a claim at once, its
// submission is refused until a reviewer has checked its business licence and activated it, and
// then it goes through. The reviewer sees the licence, the applicant sees its status.
test("a new enterprise submits only after a reviewer has vetted its business licence", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36).toUpperCase();
  const account = await signUpOrganisation(page, { vetted: false });
  await expect(page.getByTestId("vetting-status")).toContainText("等待市商务局核验");
  await expect(page.getByTestId("vetting-status")).toContainText("尚未上传营业执照。");

  // The payout account first (a submission may require it).
  await page.getByRole("link", { name: "单位信息" }).click();
  await page.getByLabel("账户名称").fill(account.name);
  await page.getByLabel("开户银行").fill("中国银行南昌分行");
  await page.getByLabel("新银行账号").fill("6216 6101 0000 4321");
  await page.getByRole("button", { name: "保存单位信息" }).click();
  await expect(page.getByText("单位信息已保存。")).toBeVisible();

  // A qualifying draft is saved, but its submission is refused while unvetted.
  await page.goto("/enterprise/claims/new");
  // The form fills in its default year once hydrated; read before that, the year was "" (and the date "0-06-30").
  await expect(page.getByLabel(/^申报年度/)).toHaveValue(/^\d{4}$/);
  const year = Number(await page.getByLabel(/^申报年度/).inputValue());
  await page.getByRole("button", { name: "添加合同" }).click();
  const line = page.getByTestId("line-1");
  await line.getByLabel(/^合同登记号/).fill(`VET-${tag}`);
  await line.getByLabel(/^境外客户/).fill("Blue River Inc.");
  await line.getByLabel(/^客户所在国家或地区/).selectOption("US");
  await line.getByLabel(/^业务类别/).selectOption("SOFTWARE");
  await line.getByLabel(/^合同金额/).fill("400000.00");
  await line.getByLabel(/^申报年度执行额/).fill("300000.00");
  await line.getByLabel(/^外汇收汇日期/).fill(`${year}-06-30`);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();
  const claimPath = new URL(page.url()).pathname;
  // With its receipt, only the vetting stands in the way.
  await uploadFxReceipt(page, 1);
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByText("本单位尚未通过市商务局核验")).toBeVisible();
  await expect(page.getByTestId("claim-status")).toHaveText("草稿");

  // The business licence, uploaded on the start page.
  await page.goto("/enterprise");
  await page.getByLabel("营业执照").setInputFiles({ name: "licence.pdf", mimeType: "application/pdf", buffer: MINIMAL_PDF });
  await page.getByRole("button", { name: "上传营业执照" }).click();
  await expect(page.getByText(/营业执照已于 .* 上传/)).toBeVisible();

  // A reviewer opens the licence and activates the organisation.
  const reviewerContext = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, DEMO_ACCOUNTS.reviewer);
  await reviewer.getByRole("link", { name: "单位核验" }).click();
  const item = reviewer.getByTestId("vetting-item").filter({ hasText: account.name });
  const licenceHref = await item.getByRole("link", { name: "查看营业执照" }).getAttribute("href");
  const licence = await reviewer.request.get(licenceHref!);
  expect(licence.status()).toBe(200);
  expect(licence.headers()["content-type"]).toBe("application/pdf");
  await item.getByRole("button", { name: "启用" }).click();
  await expect(item).toHaveCount(0);
  await reviewerContext.close();

  // The applicant sees it is active, and now the same draft is submitted.
  await page.reload();
  await expect(page.getByTestId("vetting-status")).toHaveText("本单位已通过市商务局核验，可以提交申报。");
  await page.goto(claimPath);
  await page.getByLabel(/本单位声明/).check();
  await page.getByRole("button", { name: "提交申报" }).click();
  await expect(page.getByText("申报已提交。")).toBeVisible();
  await expect(page.getByTestId("claim-status")).toHaveText("已提交");
  await signOut(page);
});
