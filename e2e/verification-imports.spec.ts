// Issue 18, slice 2b: a reviewer imports the statistics system's export (.xlsx, Chinese headers,
// a contract amount in 万元, end dates as Excel serial numbers) and the bank's receipts (a GB18030
// CSV) for the demo's Ganjiang Software (fixtures: e2e/fixtures/make-verification-fixtures.ts),
// sees the rows that cannot be imported and why, imports the rest, and the claim's reconciliation
// changes: the yen contract, short in the seeded data, now matches. At the end the "restore" files
// put the seeded figures back (a corrected file replaces the same enterprise's year), so the
// specs after this one see the demo as seeded.
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, signIn, test, waitForHydration } from "./support";

const fixture = (name: string) => path.join(process.cwd(), "e2e", "fixtures", name);

async function importFile(page: Page, kind: "STATISTICS" | "FX_RECEIPTS", file: string) {
  const section = page.getByTestId(`verification-import-${kind}`);
  await section.getByLabel(/^文件/).setInputFiles(fixture(file));
  await section.getByRole("button", { name: "读取表头" }).click();
  await section.getByRole("button", { name: "检查数据行" }).click();
  await expect(section.getByTestId(`preview-summary-${kind}`)).toBeVisible();
  return section;
}

async function openGanjiangClaim(page: Page) {
  await page.goto("/review?kind=OFFSHORE");
  await page.getByRole("row").filter({ hasText: "南昌赣江软件有限公司" }).getByRole("link").first().click();
  await expect(page.getByTestId("reconciliation")).toBeVisible();
}

test("a reviewer imports the statistics export and the bank's receipts, and the claim's reconciliation follows", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await openGanjiangClaim(page);
  await expect(page.getByTestId("reconciliation-line-2")).toContainText("有差异");

  await page.getByRole("navigation").getByRole("link", { name: "核查数据" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "核查数据" })).toBeVisible();
  await waitForHydration(page);

  // Statistics: the columns are recognised from their Chinese headers.
  const statistics = page.getByTestId("verification-import-STATISTICS");
  await statistics.getByLabel(/^文件/).setInputFiles(fixture("statistics-2024.xlsx"));
  await statistics.getByRole("button", { name: "读取表头" }).click();
  await expect(statistics.getByLabel("对应字段 — 合同金额（万元）")).toHaveValue("contractAmount");
  await expect(statistics.getByLabel("对应字段 — 外方客户")).toHaveValue("clientName");
  await expect(statistics.getByLabel("对应字段 — 执行截止日期")).toHaveValue("periodEnd");
  await statistics.getByRole("button", { name: "检查数据行" }).click();
  await expect(statistics.getByTestId("preview-summary-STATISTICS")).toHaveText("共 4 行：2 行有效（其中 0 行有提示），2 行有错误，不会导入。");
  await expect(statistics.getByText("导入后将替换本市已有的 2 条同一企业、同一年度的数据。")).toBeVisible();
  await expect(statistics.getByTestId("preview-STATISTICS-row-2")).toContainText("南昌赣江软件有限公司");
  await expect(statistics.getByTestId("preview-STATISTICS-row-4")).toContainText("统一社会信用代码: 该企业属于其他城市，本局不能导入其数据。");
  await expect(statistics.getByTestId("preview-STATISTICS-row-5")).toContainText("统一社会信用代码: 不是有效的统一社会信用代码（校验位不符）。");
  await statistics.getByRole("button", { name: "导入 2 行有效数据" }).click();
  await expect(statistics.getByTestId("import-result-STATISTICS")).toHaveText("已导入 2 行，替换 2 行原有数据，2 行有错误未导入。");

  // The same file again changes nothing.
  const again = await importFile(page, "STATISTICS", "statistics-2024.xlsx");
  await expect(again.getByText("这个文件已经导入过：再次导入不会改变任何数据。")).toBeVisible();
  await again.getByRole("button", { name: "导入 2 行有效数据" }).click();
  await expect(again.getByTestId("import-result-STATISTICS")).toHaveText("这个文件已经导入过，没有任何改变。");

  // The bank's receipts, GB18030: a bank reference twice is refused.
  const receipts = await importFile(page, "FX_RECEIPTS", "fx-receipts-2024.csv");
  await expect(receipts.getByTestId("preview-summary-FX_RECEIPTS")).toHaveText("共 5 行：4 行有效（其中 0 行有提示），1 行有错误，不会导入。");
  await expect(receipts.getByTestId("preview-FX_RECEIPTS-row-6")).toContainText("银行业务编号: 与文件中前面的一行重复。");
  await receipts.getByRole("button", { name: "导入 4 行有效数据" }).click();
  await expect(receipts.getByTestId("import-result-FX_RECEIPTS")).toHaveText("已导入 4 行，替换 3 行原有数据，1 行有错误未导入。");

  const history = page.getByTestId("verification-imports");
  await expect(history.getByRole("row").filter({ hasText: "statistics-2024.xlsx" })).toContainText("2024年1月1日 – 2024年12月31日");
  await expect(history.getByRole("row").filter({ hasText: "fx-receipts-2024.csv" })).toContainText("银行收汇");

  // The claim: every contract now matches the official data, the verified total is the declared one.
  await openGanjiangClaim(page);
  await expect(page.getByTestId("reconciliation-totals")).toHaveText("申报执行额合计 US$1,250,000.00，核实 US$1,250,000.00；0 份合同需要关注。");
  await expect(page.getByTestId("reconciliation-line-1")).toContainText("与统计及收汇一致");
  await expect(page.getByTestId("reconciliation-line-2")).toContainText("与统计及收汇一致");
  await expect(page.getByTestId("reconciliation-line-2")).toContainText("JPY 按本年度汇率（1 美元 = 151.5 JPY）折算为美元。");

  // Corrected files replace the same enterprise's year again: the seeded figures are back.
  await page.goto("/review/verification");
  await waitForHydration(page);
  for (const [kind, file] of [["STATISTICS", "statistics-2024-restore.csv"], ["FX_RECEIPTS", "fx-receipts-2024-restore.csv"]] as const) {
    const section = await importFile(page, kind, file);
    await section.getByRole("button", { name: /^导入 \d+ 行有效数据$/ }).click();
    await expect(section.getByTestId(`import-result-${kind}`)).toContainText("已导入");
  }
  await openGanjiangClaim(page);
  await expect(page.getByTestId("reconciliation-totals")).toHaveText("申报执行额合计 US$1,250,000.00，核实 US$1,210,000.00；1 份合同需要关注。");
});

test("a file that cannot be trusted is refused as a whole, next to the file field", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review/verification");
  await waitForHydration(page);
  const statistics = page.getByTestId("verification-import-STATISTICS");
  // A renamed executable.
  await statistics.getByLabel(/^文件/).setInputFiles({ name: "统计.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(2048)]) });
  await statistics.getByRole("button", { name: "读取表头" }).click();
  await expect(statistics.getByRole("alert")).toHaveText("该文件不是有效的 .xlsx 文件（文件内容与扩展名不符）。");
  await expect(statistics.getByLabel(/^文件/)).toHaveAttribute("aria-invalid", "true");
});

test("an enterprise uploads its own receipts: another enterprise's row is refused, its own are kept apart from the bank's", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  await page.getByRole("navigation").getByRole("link", { name: "收汇记录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "收汇记录" })).toBeVisible();
  await waitForHydration(page);
  const section = page.getByTestId("verification-import-FX_RECEIPTS");
  const csv = [
    "统一社会信用代码,收汇日期,收汇金额,币种,付款人名称,付款人国别,银行业务编号",
    "91360106MA35GJ0010,2025-03-31,\"120,000.00\",USD,Blue River Software Inc.,US,BOC-NC-2025-000001",
    "91360199MA35HC0026,2025-03-31,1.00,USD,Acme,US,BOC-NC-2025-000002",
  ].join("\n");
  await section.getByLabel(/^文件/).setInputFiles({ name: "我的收汇.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await section.getByRole("button", { name: "读取表头" }).click();
  await section.getByRole("button", { name: "检查数据行" }).click();
  await expect(section.getByTestId("preview-summary-FX_RECEIPTS")).toHaveText("共 2 行：1 行有效（其中 0 行有提示），1 行有错误，不会导入。");
  await expect(section.getByTestId("preview-FX_RECEIPTS-row-3")).toContainText("统一社会信用代码: 只能上传本企业的收汇记录。");
  await section.getByRole("button", { name: "导入 1 行有效数据" }).click();
  await expect(section.getByTestId("import-result-FX_RECEIPTS")).toHaveText("已导入 1 行，替换 0 行原有数据，1 行有错误未导入。");
  await expect(page.getByTestId("own-receipt-uploads")).toContainText("我的收汇.csv");
});

test("a reviewer sets a year's US dollar rate: a bad rate is refused next to its field, a good one is listed", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review/verification");
  await waitForHydration(page);
  // The demo's own rates (2024 JPY, 2025 EUR) are listed; 2023 pound sterling touches no demo claim.
  await expect(page.getByTestId("usd-rates")).toContainText("1 美元 = 151.5 JPY");
  const rates = page.getByRole("region", { name: "年度美元汇率" });
  await rates.getByRole("textbox", { name: /^年度/ }).fill("2023");
  await rates.getByRole("textbox", { name: /^币种/ }).fill("英镑");
  const rate = rates.getByRole("textbox", { name: /^1 美元折合/ });
  await rate.fill("0,79");
  await rates.getByRole("button", { name: "保存汇率" }).click();
  await expect(rate).toHaveAttribute("aria-invalid", "true");
  await expect(rates.getByText("请输入 1 美元折合该币种的数额，大于 0，最多六位小数（例如 7.1）。")).toBeVisible();
  await rate.fill("0.79");
  await rates.getByRole("button", { name: "保存汇率" }).click();
  await expect(rates.getByRole("status")).toContainText("汇率已保存");
  await expect(page.getByTestId("usd-rates").getByRole("row").filter({ hasText: "2023" })).toContainText("1 美元 = 0.79 GBP");
});
