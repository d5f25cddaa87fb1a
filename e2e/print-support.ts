import { expect, type Page } from "@playwright/test";

// A4 is 595.28 × 841.89 PostScript points; Chromium rounds to its own units.
const A4 = { width: 595.28, height: 841.89 };

/** Prints the page as Chromium's print-to-PDF does and reads the page count and sizes from the file. */
export async function printToPdf(page: Page) {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF-")).toBe(true);
  // The page tree's root counts every page; intermediate nodes count fewer.
  const pages = Math.max(0, ...[...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1])));
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { pdf, pages, boxes };
}

/** Every page of the PDF is A4 portrait, and there are between min and max of them. */
export async function expectA4Pdf(page: Page, { min, max }: { min: number; max: number }) {
  const result = await printToPdf(page);
  expect(result.pages).toBeGreaterThanOrEqual(min);
  expect(result.pages).toBeLessThanOrEqual(max);
  expect(result.boxes.length).toBeGreaterThanOrEqual(1);
  for (const box of result.boxes) {
    expect(Math.abs(box.width - A4.width)).toBeLessThan(2);
    expect(Math.abs(box.height - A4.height)).toBeLessThan(2);
  }
  return result;
}

/**
 * On paper: the shell (navigation, header, buttons) is gone, the bureau's heading and the date
 * are there, table rows do not split and the header row repeats. Back to screen afterwards.
 */
export async function expectPaperLayout(page: Page, { bureau, datePattern }: { bureau: string; datePattern: RegExp }) {
  await expect(page.getByRole("button", { name: /^打印$|^Print$/ })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  try {
    await expect(page.getByRole("navigation")).toBeHidden();
    await expect(page.getByTestId("signed-in-as")).toBeHidden();
    await expect(page.getByRole("button", { name: /^打印$|^Print$/ })).toBeHidden();
    const document = page.getByTestId("print-document");
    await expect(document.locator("header")).toContainText(bureau);
    await expect(page.getByTestId("printed-on")).toHaveText(datePattern);
    const visibleButtons = await page.locator("button:visible").count();
    expect(visibleButtons).toBe(0);
    for (const table of await document.locator("table").all()) {
      const style = await table.evaluate((element) => ({
        head: getComputedStyle(element.querySelector("thead")!).display,
        row: getComputedStyle(element.querySelector("tbody tr")!).breakInside,
      }));
      expect(style).toEqual({ head: "table-header-group", row: "avoid" });
    }
  } finally {
    // null, not "screen": page.pdf() uses the emulated media when one is set.
    await page.emulateMedia({ media: null });
  }
}
