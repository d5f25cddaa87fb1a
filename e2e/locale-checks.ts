import { expect, type Page } from "@playwright/test";

// An ISO date or timestamp as a program writes it (2024-08-31, 2024-08-31T10:00, 2024-08-31 10:00).
// Pages print dates in the reader's language; only the values of date inputs stay ISO, and
// input values are not part of the visible text.
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b/;

/** The page's visible text has no ISO date and no "UTC" clock time. */
export async function expectNoIsoDates(page: Page) {
  const text = await page.locator("body").innerText();
  const found = text.match(ISO_DATE)?.[0] ?? (/\d{2}:\d{2}(?::\d{2})? UTC\b/.test(text) ? "UTC time" : null);
  expect(found, `ISO date on ${page.url()}`).toBeNull();
}
