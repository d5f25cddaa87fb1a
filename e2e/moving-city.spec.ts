// An organisation moving city (issue 22): the old city's administrator closes its registration
// and opens one in Changsha; the members sign in to the new registration, awaiting Changsha's
// vetting, and Nanchang keeps the closed registration, marked closed. (The refusals, the history
// and the database's guarantees: tests/db/move-organisation.test.ts.)
import { DEMO_ACCOUNTS, expect, signIn, signUpOrganisation, test } from "./support";

test("Nanchang's administrator moves an organisation to Changsha; its members land in the new registration awaiting vetting", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const account = await signUpOrganisation(page);
  const origin = new URL(page.url()).origin;

  const adminContext = await browser.newContext({ baseURL: origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO_ACCOUNTS.administrator);
  await admin.getByRole("link", { name: "单位", exact: true }).click();
  await admin.getByLabel("名称或信用代码").fill(account.name);
  await admin.getByRole("button", { name: "查询" }).click();
  await admin.getByRole("link", { name: account.name }).click();
  await expect(admin.getByTestId("organisation-status")).toHaveText("已核验");

  // Errors next to their fields: the address and reason are required.
  const form = admin.getByTestId("move-organisation");
  await form.getByRole("combobox", { name: /^迁入城市(\s|$)/ }).selectOption({ label: "长沙市" });
  await form.getByLabel(/^迁入城市的区县/).selectOption({ label: "岳麓区" });
  await form.getByRole("button", { name: "注销本登记并迁出" }).click();
  await expect(form.getByText("此项为必填项。")).toHaveCount(2);

  await form.getByLabel(/^迁入城市的地址/).fill("长沙市岳麓区麓谷大道 1 号");
  await form.getByLabel(/^原因/).fill("公司整体迁址长沙");
  await form.getByRole("button", { name: "注销本登记并迁出" }).click();
  await expect(admin.getByTestId("organisation-closed")).toContainText("该单位已迁往长沙市");
  await expect(admin.getByTestId("organisation-status")).toHaveText("已注销");
  await expect(admin.getByTestId("move-organisation")).toHaveCount(0);
  await adminContext.close();

  // The member's next page is the new registration's: Changsha's portal, awaiting vetting.
  await page.goto("/home");
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveText("长沙市服务外包补贴申报平台");
  await expect(page.getByTestId("vetting-status")).toContainText("尚未上传营业执照。");
  await expect(page.getByTestId("moved-from")).toContainText("本登记是单位从南昌市迁入时新建的");

  // Changsha's reviewers vet it as a sign-up.
  const reviewerContext = await browser.newContext({ baseURL: origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, DEMO_ACCOUNTS.secondCityReviewer);
  await reviewer.goto("/review/organisations");
  const item = reviewer.getByTestId("vetting-item").filter({ hasText: account.name });
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId("vetting-moved-from")).toHaveText("南昌市");
  await reviewerContext.close();
});
