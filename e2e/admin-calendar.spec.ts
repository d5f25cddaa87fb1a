import { DEMO_ACCOUNTS, expect, expectNoMissingMessages, signIn, switchLanguage, test } from "./support";

/** The year after this one on China's calendar, which the portal does not know until it is entered. */
function nextChinaYear(): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date())) + 1;
}

/** The first day of the week `weekday` (0 Sunday … 6 Saturday) on or after a date of `year`, as YYYY-MM-DD. */
function dayOnOrAfter(year: number, month: number, day: number, weekday: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  while (date.getUTCDay() !== weekday) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

test("an administrator is told next year's calendar is missing, enters it with a bad date, reads why next to the field, corrects it and sees it listed", async ({ page }) => {
  const year = nextChinaYear();
  await signIn(page, DEMO_ACCOUNTS.administrator);
  await page.goto("/admin");
  await expect(page.getByTestId("calendar-missing")).toContainText(`${year} 年的官方工作日历尚未录入`);

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "工作日历" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "工作日历" })).toBeVisible();
  await expect(page.getByTestId("calendar-missing")).toContainText(String(year));
  // The form opens on the missing year.
  await expect(page.getByLabel(/^年份/)).toHaveValue(String(year));

  const daysOff = page.getByLabel(/^放假日期/);
  const worked = page.getByLabel(/^调休上班的周末/);
  const save = page.getByRole("button", { name: "保存年份" });

  // A date that does not exist: refused next to the list, nothing saved.
  await daysOff.fill(`${year}-01-01\n${year}-02-30`);
  await save.click();
  await expect(daysOff).toHaveAccessibleDescription(new RegExp(`“${year}-02-30”不是有效日期`));
  // A date of another year, and a weekday listed as worked: each named next to its own list.
  await daysOff.fill(`${year}-01-01\n${year - 1}-10-01`);
  const friday = dayOnOrAfter(year, 9, 20, 5);
  await worked.fill(friday);
  await save.click();
  await expect(daysOff).toHaveAccessibleDescription(new RegExp(`${year - 1}-10-01 不在 ${year} 年内`));
  await expect(worked).toHaveAccessibleDescription(new RegExp(`${friday} 是工作日`));
  await expect(page.getByTestId(`calendar-year-${year}`)).toHaveCount(0);

  // Corrected: New Year, Labour Day and National Day off, two weekend days worked.
  const saturday = dayOnOrAfter(year, 9, 20, 6);
  const sunday = dayOnOrAfter(year, 10, 8, 0);
  await daysOff.fill([`${year}-01-01`, `${year}-05-01`, `${year}-05-02`, ...[1, 2, 3, 4, 5, 6, 7].map((d) => `${year}-10-0${d}`)].join("\n"));
  await worked.fill(`${saturday}\n${sunday}`);
  await page.getByLabel(/^依据/).fill("国办发明电（演示）");
  await save.click();
  await expect(page.getByRole("status")).toContainText(`${year} 年的工作日历已保存`);
  const row = page.getByTestId(`calendar-year-${year}`);
  await expect(row).toContainText("由 王管理 于");
  await expect(row).toContainText(`${saturday}, ${sunday}`);
  await expect(row).toContainText("国办发明电（演示）");
  await expect(page.getByTestId("calendar-missing")).toHaveCount(0);
  await expectNoMissingMessages(page);

  // The same refusal in English.
  await switchLanguage(page, "English");
  await page.getByRole("link", { name: `Correct ${year}` }).click();
  await expect(page.getByText(`You are correcting ${year} (entered earlier)`)).toBeVisible();
  await page.getByLabel(/^Days off/).fill(`${year}-01-01\n${year}-01-01`);
  await page.getByRole("button", { name: "Save year" }).click();
  await expect(page.getByLabel(/^Days off/)).toHaveAccessibleDescription(new RegExp(`${year}-01-01 is listed twice`));
  await switchLanguage(page, "中文");
});
