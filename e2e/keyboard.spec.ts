import type { Locator, Page } from "@playwright/test";
import { addBankAccount, expect, freshCreditCode, MINIMAL_PDF, signIn, test, vetOwnOrganisation } from "./support";

/** Presses Tab (never the mouse) until the element with this id has the focus. */
async function tabTo(page: Page, id: string, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} cannot be reached with the Tab key`);
}

/** Presses Tab (or Shift+Tab going back) until this element has the focus. */
async function tabToElement(page: Page, target: Locator, { back = false, maxPresses = 150 } = {}) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${target} cannot be reached with the ${back ? "Shift+Tab" : "Tab"} key`);
}

/** Changes a focused, closed <select> with the arrow keys until it shows this value. */
async function arrowToOption(page: Page, select: Locator, value: string, maxPresses = 300) {
  for (let i = 0; i < maxPresses; i++) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`option ${value} cannot be chosen with the arrow keys`);
}

/** The control is marked invalid, names its error with aria-describedby, and the error is an alert. */
async function expectAnnouncedError(control: Locator, text: string | RegExp) {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await control.getAttribute("aria-describedby")) ?? "";
  const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
  expect(errorId).toBeTruthy();
  const error = control.page().locator(`[id="${errorId}"]`);
  await expect(error).toHaveAttribute("role", "alert");
  await expect(error).toHaveText(text);
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
  // Sign-up answers "check your mail" (the same for a taken address); the account works at once.
  await expect(page.getByRole("status")).toContainText("请查收邮件");
  await signIn(page, values[6]![1], "keyboard-only-password");
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

test("a new enterprise signs up, then creates, fills and submits an offshore claim with the keyboard alone", async ({ page }) => {
  // Longer since sign-up needs the bureau's vetting (a reviewer signs in) and the profile step
  // that enters the payout account before a claim is submitted.
  test.setTimeout(210_000);
  const tag = Date.now().toString(36).toUpperCase();
  await page.goto("/signup");
  for (const [id, value] of [
    ["nameZh", `键盘申报软件有限公司${tag}`],
    ["creditCode", freshCreditCode()],
    ["address", "南昌市青山湖区"],
    ["contactName", "键盘"],
    ["contactPhone", "13800002222"],
    ["userName", "键盘"],
    ["email", `keyboard-claim-${tag.toLowerCase()}@example.test`],
    ["password", "keyboard-only-password"],
    ["passwordConfirm", "keyboard-only-password"],
  ] as const) {
    await tabTo(page, id);
    await expectVisibleFocus(page);
    await page.keyboard.type(value);
  }
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("请查收邮件");
  // Signing in and the bureau's vetting are not what this test is about: done by the helpers.
  await signIn(page, `keyboard-claim-${tag.toLowerCase()}@example.test`, "keyboard-only-password");
  await vetOwnOrganisation(page, `键盘申报软件有限公司${tag}`);
  await expect(page).toHaveURL(/\/enterprise$/);
  // Set-up, not under test here: the payout account a submission needs.
  await addBankAccount(page, "enterprise");
  await page.goto("/enterprise");

  // To the claims list and "new claim" by links, followed with Enter.
  await tabToElement(page, page.getByRole("link", { name: "离岸业务奖励申报" }).first());
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/enterprise\/claims$/);
  await tabToElement(page, page.getByRole("link", { name: "新建申报" }));
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/enterprise\/claims\/new$/);
  const year = Number(await page.getByLabel(/^申报年度/).inputValue());

  // Onshore amount: select what is there and type over it.
  const onshore = page.getByLabel(/^年度在岸服务外包执行额/);
  await tabToElement(page, onshore);
  await expectVisibleFocus(page);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("10000.00");

  // Add a contract line with Space; its fields come before the button, so go back with Shift+Tab.
  const addLine = page.getByRole("button", { name: "添加合同" });
  await tabToElement(page, addLine);
  await expectVisibleFocus(page);
  await page.keyboard.press("Space");
  const line = page.getByTestId("line-1");
  await expect(line).toBeVisible();
  const regNo = line.getByLabel(/^合同登记号/);
  await tabToElement(page, regNo, { back: true });
  await expectVisibleFocus(page);
  await page.keyboard.type(`KB-${tag}-1`);

  await page.keyboard.press("Tab");
  await expect(line.getByLabel(/^境外客户/)).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type("Keyboard Works Ltd");

  await page.keyboard.press("Tab");
  const country = line.getByLabel(/^客户所在国家或地区/);
  await expect(country).toBeFocused();
  await expectVisibleFocus(page);
  await arrowToOption(page, country, "GB");

  await page.keyboard.press("Tab");
  const category = line.getByLabel(/^业务类别/);
  await expect(category).toBeFocused();
  await expectVisibleFocus(page);
  await arrowToOption(page, category, "SOFTWARE");

  await page.keyboard.press("Tab");
  await expect(line.getByLabel(/^合同金额/)).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type("300000.00");

  // Three decimals on purpose, to hear the error.
  await page.keyboard.press("Tab");
  const executed = line.getByLabel(/^申报年度执行额/);
  await expect(executed).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type("250000.123");

  // The date input's parts are typed digit by digit; each full part moves on to the next. Their
  // order follows Chromium's own interface language (month/day/year here), not the page's.
  await page.keyboard.press("Tab");
  const date = line.getByLabel(/^外汇收汇日期/);
  await expect(date).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type(`0630${year}`);
  await expect(date).toHaveValue(`${year}-06-30`);

  // Save with Enter on the button: refused, the error is announced and linked to the field.
  const save = page.getByRole("button", { name: "保存草稿" });
  await tabToElement(page, save);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expectAnnouncedError(executed, /最多两位小数/);
  await expect(page).toHaveURL(/\/enterprise\/claims\/new$/);

  await tabToElement(page, executed, { back: true });
  await expectVisibleFocus(page);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("250000.00");
  await tabToElement(page, save);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/enterprise\/claims\/[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByText("草稿已保存。")).toBeVisible();

  // The contract's bank receipt, which a submission needs: the kind with the arrow keys, the file
  // through the chooser that Space opens on the file field, then the upload button.
  const evidence = page.getByTestId("evidence-1");
  await expect(evidence.getByTestId("evidence-missing")).toHaveText("提交前还须上传：银行收汇凭证。");
  const evidenceKind = evidence.getByLabel("材料类型");
  await tabToElement(page, evidenceKind);
  await expectVisibleFocus(page);
  await arrowToOption(page, evidenceKind, "FX_RECEIPT");
  await page.keyboard.press("Tab");
  await expect(evidence.getByLabel(/^合同 1 的文件/)).toBeFocused();
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles({ name: "receipt.pdf", mimeType: "application/pdf", buffer: MINIMAL_PDF });
  await page.keyboard.press("Tab");
  await expect(evidence.getByRole("button", { name: "上传" })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(evidence.getByTestId("evidence-item")).toHaveCount(1);
  await expect(evidence.getByTestId("evidence-missing")).toHaveCount(0);

  // Submit without the declaration: the error is announced and linked to the checkbox.
  const submitButton = page.getByRole("button", { name: "提交申报" });
  await tabToElement(page, submitButton);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  const declaration = page.getByLabel(/本单位声明/);
  await expectAnnouncedError(declaration, "请勾选声明后再提交。");

  await tabToElement(page, declaration, { back: true });
  await expectVisibleFocus(page);
  await page.keyboard.press("Space");
  await expect(declaration).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(submitButton).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByText("申报已提交。")).toBeVisible();
  await expect(page.getByTestId("claim-status")).toHaveText("已提交");
  await expect(page.getByRole("cell", { name: `KB-${tag}-1` })).toBeVisible();
});
