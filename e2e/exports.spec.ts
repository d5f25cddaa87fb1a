// Exports as a person downloads them: the queue as Excel from the queue page (opened with exceljs:
// Chinese headers, a yuan amount as a number), with the page's progress element counting the
// rows; the audit log as CSV under the audit page's filters.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { expectNoSeriousA11yViolations } from "./a11y";
import { DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, switchLanguage, test } from "./support";

test("a reviewer downloads the queue as Excel and sees its progress", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.reviewer);
  await page.goto("/review");
  // "共 N 件 · 第 1/1 页": the queue's count under its (here: no) filters.
  const total = Number(/共 (\d+) 件/.exec((await page.getByText(/^共 \d+ 件/).textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(0);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出当前列表(Excel)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^review-queue-\d{4}-\d{2}-\d{2}\.xlsx$/);

  const progress = page.getByTestId("export-progress");
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("data-status", "DONE");

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)).buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.name).toBe("审核队列");
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(expect.arrayContaining(["申报编号", "申报单位", "状态", "金额（元）", "提交时间（北京时间）"]));
  const rows = sheet.rowCount - 1;
  expect(rows).toBe(total);
  // The progress element ends with the rows the file holds.
  await expect(progress).toContainText(`共 ${rows} 行`);

  const amountColumn = header.indexOf("金额（元）") + 1;
  const amount = sheet.getRow(2).getCell(amountColumn);
  expect(typeof amount.value).toBe("number");
  expect(amount.numFmt).toBe("#,##0.00");
  // Codes arrive as words: the status column holds a Chinese label, not an enum.
  const status = sheet.getRow(2).getCell(header.indexOf("状态") + 1).value as string;
  expect(status).toMatch(/[\u4e00-\u9fff]/);
  await expectNoMissingMessages(page);
  await expectNoSeriousA11yViolations(page);

  // An English reader gets English headers and labels.
  await switchLanguage(page, "English");
  const english = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export this list (CSV)" }).click();
  const csv = await readFile((await (await english).path())!, "utf8");
  const [englishHeader, firstRow] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  expect(englishHeader!.slice(0, 7)).toEqual(["Claim number", "Kind", "Applicant", "District", "Year", "Status", "Amount (yuan)"]);
  expect(firstRow![5]).toMatch(/^[A-Z][a-z]/);
  await expect(page.getByTestId("export-progress")).toContainText(`Export finished: ${rows} rows.`);
});

test("an administrator exports the audit log under the page's filters", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.administrator);
  await page.goto("/admin/audit");
  // The select's accessible name includes its chosen option ("操作 全部操作"): found by its field name.
  await page.locator('select[name="action"]').selectOption("auth.login");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=auth\.login/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出筛选结果(CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByTestId("export-progress")).toHaveAttribute("data-status", "DONE");

  const text = await readFile((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(header!.slice(0, 5)).toEqual(["序号", "时间（北京时间）", "操作人", "角色", "操作"]);
  expect(rows.length).toBeGreaterThan(0);
  // Only sign-ins, as the filter asked, in words and China time.
  expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(["登录"]));
  expect(rows[0]![1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
});
