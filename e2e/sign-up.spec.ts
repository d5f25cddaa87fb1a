import { makeCreditCode } from "@/lib/eligibility";
import { expect, signIn, signOut, test } from "./support";

function freshCreditCode(region: string): string {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let org = "MA";
  for (let i = 0; i < 7; i++) org += chars[Math.floor(Math.random() * chars.length)];
  return makeCreditCode(`91${region}${org}`);
}

test("a new enterprise signs up, is told to check its mail, signs in, and a second sign-up with its credit code gets the very same answer", async ({ page }) => {
  const creditCode = freshCreditCode("360106");
  const email = `e2e-${Date.now()}@example.test`;
  await page.goto("/signup");
  await page.getByLabel("单位名称（中文）").fill("端到端测试软件有限公司");
  await page.getByLabel("统一社会信用代码").fill(creditCode);
  await page.getByLabel("所在区县").selectOption("HONGGUTAN");
  await page.getByLabel("地址").fill("南昌市红谷滩区丰和中大道 1 号");
  await page.getByLabel("联系人").fill("测试员");
  await page.getByLabel("联系电话").fill("13812345678");
  await page.getByLabel("姓名").fill("测试员");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill("a-long-password-2026");
  await page.getByLabel("确认密码").fill("a-long-password-2026");
  await page.getByRole("button", { name: "注册" }).click();
  const answer = page.getByRole("status");
  await expect(answer).toContainText("注册申请已收到，请查收邮件");
  const firstAnswer = (await answer.textContent())!.replace(email, "<email>");

  await signIn(page, email, "a-long-password-2026");
  await expect(page).toHaveURL(/\/enterprise$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("端到端测试软件有限公司");
  await expect(page.getByTestId("vetting-status")).toContainText("等待市商务局核验");
  await signOut(page);

  // The same credit code again: a stranger is not told it is registered (the owner is mailed instead).
  const otherEmail = `other-${email}`;
  await page.goto("/signup");
  await page.getByLabel("单位名称（中文）").fill("另一家公司");
  await page.getByLabel("统一社会信用代码").fill(creditCode);
  await page.getByLabel("地址").fill("南昌市");
  await page.getByLabel("联系人").fill("甲");
  await page.getByLabel("联系电话").fill("13812345679");
  await page.getByLabel("姓名").fill("甲");
  await page.getByLabel("电子邮箱").fill(otherEmail);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill("a-long-password-2026");
  await page.getByLabel("确认密码").fill("a-long-password-2026");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("status")).toContainText("注册申请已收到，请查收邮件");
  expect((await page.getByRole("status").textContent())!.replace(otherEmail, "<email>")).toBe(firstAnswer);
  await expect(page.getByText("该统一社会信用代码已注册。")).toHaveCount(0);
});

test("bad input is shown next to each field and nothing is saved", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("统一社会信用代码").fill("91360106MA35ABCDE1");
  await page.getByLabel("联系电话").fill("12345");
  await page.getByRole("textbox", { name: "密码", exact: true }).fill("short");
  await page.getByLabel("确认密码").fill("different");
  await page.getByRole("button", { name: "注册" }).click();

  await expect(page.getByLabel("统一社会信用代码")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("统一社会信用代码无效（请检查 18 位代码及校验位）。")).toBeVisible();
  await expect(page.getByText("请输入有效的手机号码或座机号码。")).toBeVisible();
  await expect(page.getByText("密码至少需要 12 个字符。")).toBeVisible();
  await expect(page.getByText("两次输入的密码不一致。")).toBeVisible();
  await expect(page.getByLabel("单位名称（中文）")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/signup$/);
});

test("the credit code decides the city: a Changsha code needs a Changsha district, a Shenzhen code is refused naming the cities served", async ({ page }) => {
  await page.goto("/signup");
  // The demo serves two cities: their districts are listed under their names, and no "outside".
  // (province.spec.ts may have added a city to the same database by now: counted by name, not in all.)
  const district = page.getByLabel("所在区县");
  await expect(district.locator('optgroup[label="南昌市"]')).toHaveCount(1);
  await expect(district.locator('optgroup[label="长沙市"]')).toHaveCount(1);
  await expect(district.locator('optgroup[label="长沙市"] option')).toContainText(["芙蓉区", "岳麓区"]);
  await expect(district.locator('option[value="OUTSIDE_NANCHANG"]')).toHaveCount(0);

  await page.getByLabel("单位名称（中文）").fill("长沙测试公司");
  await page.getByLabel("统一社会信用代码").fill(freshCreditCode("430102"));
  await district.selectOption("DONGHU");
  await page.getByLabel("地址").fill("长沙市芙蓉区");
  await page.getByLabel("联系人").fill("乙");
  await page.getByLabel("联系电话").fill("13812345670");
  await page.getByLabel("姓名").fill("乙");
  await page.getByLabel("电子邮箱").fill(`cs-${Date.now()}@example.test`);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill("a-long-password-2026");
  await page.getByLabel("确认密码").fill("a-long-password-2026");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.locator("#district-error")).toHaveText("该信用代码登记在长沙市，请选择长沙市的区县。");
  await expect(district).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("统一社会信用代码").fill(freshCreditCode("440300"));
  await page.getByRole("button", { name: "注册" }).click();
  const creditCodeError = page.locator("#creditCode-error");
  await expect(creditCodeError).toHaveText(/^该统一社会信用代码登记在本平台所服务的城市以外。本平台服务：/);
  await expect(creditCodeError).toContainText("南昌市");
  await expect(creditCodeError).toContainText("长沙市");
  await expect(page).toHaveURL(/\/signup$/);
});
