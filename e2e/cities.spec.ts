// Several cities on one deployment (issue 22): the demo serves Nanchang and Changsha. Each city's
// reviewer works only their own city's queue, the same declared amounts give different incentives
// under the two cities' policies, and another city's claim is a 404. (Every page's other-city
// answer is in the authorization matrix; this is the journey as a reviewer sees it.)
import Papa from "papaparse";
import { expectPaperLayout } from "./print-support";
import { DEMO_ACCOUNTS, expect, signIn, test } from "./support";

test("each city's reviewer sees only their own city's claims, worth what their own policy says", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.secondCityReviewer);
  await page.goto("/review");
  await expect(page.getByTestId("staff-city")).toContainText("长沙市");
  const changshaRow = page.getByRole("row").filter({ hasText: "长沙湘江软件有限公司" });
  await expect(changshaRow).toHaveCount(1);
  // 1,250,000 USD at Changsha's 0.15 RMB per USD.
  await expect(changshaRow).toContainText("¥187,500.00");
  await expect(page.getByRole("row").filter({ hasText: "南昌赣江软件有限公司" })).toHaveCount(0);
  const changshaClaim = await changshaRow.getByRole("link").first().getAttribute("href");
  expect(changshaClaim).toMatch(/^\/review\/claims\/offshore\//);
  // The screens and prints speak for Changsha's bureau, not the portal's first city.
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveText("长沙市服务外包补贴申报平台");
  await expect(page).toHaveTitle(/长沙市服务外包补贴申报平台$/);
  await page.goto(`${changshaClaim}/print`);
  await expectPaperLayout(page, { bureau: "长沙市商务局", datePattern: /^打印日期：\d{4}年\d{1,2}月\d{1,2}日$/ });
  await expect(page.getByTestId("print-document")).not.toContainText("南昌");

  // The same amounts in Nanchang: 0.2 RMB per USD.
  await page.context().clearCookies();
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review");
  await expect(page.getByTestId("staff-city")).toContainText("南昌市");
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveText("南昌市服务外包补贴申报平台");
  const ganjiangRow = page.getByRole("row").filter({ hasText: "南昌赣江软件有限公司" });
  await expect(ganjiangRow).toContainText("¥250,000.00");
  await expect(page.getByRole("row").filter({ hasText: "长沙湘江软件有限公司" })).toHaveCount(0);
  // Changsha's claim by its address: not found, as another organisation's record is for an applicant.
  const response = await page.goto(changshaClaim!);
  expect(response?.status()).toBe(404);
});

test("each city has its own public notice, named in the path; an unknown city is not found", async ({ page }) => {
  await page.goto("/notice");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("南昌市服务外包扶持资金公示");
  await page.getByRole("link", { name: "长沙市" }).click();
  await expect(page).toHaveURL(/\/notice\/changsha$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("长沙市服务外包扶持资金公示");
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveText("长沙市服务外包补贴申报平台");
  expect((await page.goto("/notice/no-such-city"))?.status()).toBe(404);
});

test("each city's administrator reads only their own city's audit log, whatever the filter, on the page and in the export", async ({ page }) => {
  const changshaCompany = "长沙湘江软件有限公司";
  const nanchangCompany = "南昌赣江软件有限公司";
  const byTarget = (name: string) => `/admin/audit?target=${encodeURIComponent(name)}`;
  const exported = async (name: string) => {
    // GET is idempotent: a keep-alive connection the server closed while idle (ECONNRESET on reuse) is retried, as a browser does.
    const response = await page.request.get(`/admin/audit/export?format=csv&target=${encodeURIComponent(name)}`, { maxRetries: 2 });
    expect(response.status()).toBe(200);
    return Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.slice(1);
  };

  await signIn(page, DEMO_ACCOUNTS.secondCityAdministrator);
  // The chain is one log for the deployment: it verifies whole for every city's administrator.
  await page.goto(byTarget(changshaCompany));
  await expect(page.getByTestId("chain-status")).toContainText("审计链完整");
  await expect(page.getByTestId("audit-row").first()).toBeVisible();
  await page.goto(byTarget(nanchangCompany));
  await expect(page.getByTestId("audit-empty")).toBeVisible();
  await expect(page.getByTestId("audit-row")).toHaveCount(0);
  expect(await exported(nanchangCompany)).toEqual([]);
  const changshaRows = await exported(changshaCompany);
  expect(changshaRows.length).toBeGreaterThan(0);

  await page.context().clearCookies();
  await signIn(page, DEMO_ACCOUNTS.administrator);
  await page.goto(byTarget(nanchangCompany));
  await expect(page.getByTestId("audit-row").first()).toBeVisible();
  await page.goto(byTarget(changshaCompany));
  await expect(page.getByTestId("audit-empty")).toBeVisible();
  expect(await exported(changshaCompany)).toEqual([]);
  // Nor by the id of a Changsha entry's target, typed into the filter.
  const changshaTargetId = changshaRows[0]![7]!;
  await page.goto(`/admin/audit?target=${encodeURIComponent(changshaTargetId)}`);
  await expect(page.getByTestId("audit-row")).toHaveCount(0);
});
