import { expect, test, type Page } from "@playwright/test";
import { freshCreditCode } from "./support";

/** Presses Tab (never the mouse) until the element with this id has the focus. */
async function tabTo(page: Page, id: string, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} cannot be reached with the Tab key`);
}

async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

test("an enterprise signs up with the keyboard alone, seeing where the focus is", async ({ page }) => {
  await page.goto("/signup");
  // The skip link is the first stop and jumps to the content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到主要内容" })).toBeFocused();

  const values: Array<[string, string]> = [
    ["nameZh", "键盘测试软件有限公司"],
    ["creditCode", freshCreditCode()],
    ["address", "南昌市红谷滩区"],
    ["contactName", "键盘"],
    ["contactPhone", "13800001111"],
    ["userName", "键盘"],
    ["email", `keyboard-${Date.now()}@example.test`],
    ["password", "keyboard-only-password"],
    ["passwordConfirm", "keyboard-only-password"],
  ];
  for (const [id, value] of values) {
    await tabTo(page, id);
    await expectVisibleFocus(page);
    await page.keyboard.type(value);
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/enterprise$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("键盘测试软件有限公司");
});

test("errors after a keyboard submit are announced and linked to their fields", async ({ page }) => {
  await page.goto("/signup");
  await tabTo(page, "nameZh");
  await page.keyboard.press("Enter");
  const field = page.getByLabel("统一社会信用代码");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const describedBy = await field.getAttribute("aria-describedby");
  expect(describedBy).toContain("creditCode-error");
  await expect(page.locator("#creditCode-error")).toHaveAttribute("role", "alert");
  await expect(page.locator("#creditCode-error")).toHaveText("此项为必填项。");
});
