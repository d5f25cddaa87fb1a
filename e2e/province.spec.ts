// The province administrator (issue 22, slice 5): sees every city's sums and nothing personal,
// adds a city with its first administrator, who can then sign in to a portal that speaks for the
// new city's bureau and finds a policy draft to start from; the city's districts, given with it,
// are offered at sign-up at once.
import { makeCreditCode } from "@/lib/eligibility";
import { DEMO_ACCOUNTS, expect, signIn, signOut, test } from "./support";

test("the province adds a city whose administrator signs in to it, after its mistakes are shown next to the fields", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.provinceAdministrator);
  await expect(page).toHaveURL(/\/province$/);
  const totals = page.getByTestId("city-totals");
  await expect(totals.getByRole("rowheader", { name: "南昌市" })).toBeVisible();
  await expect(totals.getByRole("rowheader", { name: "长沙市" })).toBeVisible();
  // Sums only: no applicant's name reaches this page.
  await expect(page.locator("main")).not.toContainText("赣江软件");
  await expect(page.locator("main")).not.toContainText("湘江软件");

  // A retry must not collide with the first attempt's city: a fresh identifier and division code.
  const suffix = String(Math.floor(Math.random() * 90_000) + 10_000);
  const cityId = `jj${suffix}`;
  const email = `admin-${suffix}@jj.example.test`;
  const form = page.getByTestId("create-city-form");
  await form.getByLabel("城市标识（用于网址）").fill("9-bad id");
  await form.getByLabel("城市名称（中文）").fill(`九江${suffix}市`);
  await form.getByLabel("城市名称（英文）").fill(`Jiujiang ${suffix}`);
  await form.getByLabel("区划代码").fill("3601");
  const districts = form.getByRole("textbox", { name: "区县", exact: true });
  await districts.fill("XUNYANG 浔阳区 Xunyang District\nlianxi 濂溪区 Lianxi District");
  await form.getByLabel("主管部门名称（中文，用于打印件和邮件落款）").fill(`九江${suffix}市商务局`);
  await form.getByLabel("主管部门名称（英文）").fill(`Jiujiang ${suffix} Bureau of Commerce`);
  await form.getByLabel("姓名").fill("浔管理");
  await form.getByLabel("电子邮箱").fill(email);
  await form.getByLabel("初始密码").fill("Jiujiang-Password-2026");
  await form.getByRole("button", { name: "新增城市" }).click();
  await expect(form.getByText("请用 2 至 40 个小写字母、数字或连字符")).toBeVisible();
  await expect(page.locator("#districts-error")).toHaveText("第 2 行：代码“lianxi”须以大写字母开头，只含大写字母、数字和下划线（如 XUNYANG），且不能是 OUTSIDE_NANCHANG。");
  await expect(districts).toHaveAttribute("aria-invalid", "true");
  await districts.fill("XUNYANG 浔阳区 Xunyang District\nLIANXI 濂溪区 Lianxi District");

  // A valid identifier, but Nanchang's division code: refused by the server, naming the city it belongs to.
  await form.getByLabel("城市标识（用于网址）").fill(cityId);
  await form.getByRole("button", { name: "新增城市" }).click();
  await expect(form.getByText("区划代码 3601 与南昌市的区划重叠")).toBeVisible();
  await expect(totals.getByRole("rowheader", { name: `九江${suffix}市` })).toHaveCount(0);

  await form.getByLabel("区划代码").fill(`5${suffix}`);
  await form.getByRole("button", { name: "新增城市" }).click();
  await expect(page.getByRole("status")).toContainText(`已新增九江${suffix}市，其管理员 ${email} 现在可以登录。`);
  const row = totals.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `九江${suffix}市` }) });
  await expect(row).toContainText(`九江${suffix}市商务局`);
  await expect(row).toContainText("未设定");

  // Its details can be corrected later: the bureau's name, and districts added (a blank name is refused at its field).
  await row.getByRole("link", { name: `九江${suffix}市` }).click();
  const edit = page.getByTestId("edit-city-form");
  await edit.getByLabel("主管部门名称（中文，用于打印件和邮件落款）").fill("");
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(edit.getByRole("alert")).toBeVisible();
  await edit.getByLabel("主管部门名称（中文，用于打印件和邮件落款）").fill(`九江${suffix}市商务局（服务外包办）`);
  const editDistricts = edit.getByRole("textbox", { name: "区县", exact: true });
  await editDistricts.fill(`${await editDistricts.inputValue()}\nCHAISANG 柴桑区 Chaisang District`);
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存。");
  await page.goto("/province");
  await expect(row).toContainText(`九江${suffix}市商务局（服务外包办）`);

  // The province administrator has no city: another city's pages are not theirs.
  expect((await page.goto("/admin"))?.status()).toBe(403);
  await page.goto("/province");
  await signOut(page);

  await signIn(page, email, "Jiujiang-Password-2026");
  await expect(page.getByTestId("staff-city")).toContainText(`九江${suffix}市`);
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveText(`九江${suffix}市服务外包补贴申报平台`);
  await page.goto("/admin/policy");
  await expect(page.locator("main")).toContainText(`九江${suffix}市服务外包扶持政策（草案）`);
  await signOut(page);

  // A visitor signs up an organisation of the new city with one of its districts.
  await page.goto("/signup");
  const district = page.getByLabel("所在区县");
  await expect(district.locator(`optgroup[label="九江${suffix}市"] option`)).toHaveText(["浔阳区", "濂溪区", "柴桑区"]);
  const creditCode = makeCreditCode(`915${suffix}MA${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}`);
  const applicant = `applicant-${suffix}@jj.example.test`;
  await page.getByLabel("单位名称（中文）").fill(`九江${suffix}软件有限公司`);
  await page.getByLabel("统一社会信用代码").fill(creditCode);
  await district.selectOption("LIANXI");
  await page.getByLabel("地址").fill(`九江${suffix}市濂溪区 1 号`);
  await page.getByLabel("联系人").fill("测试员");
  await page.getByLabel("联系电话").fill("13812345678");
  await page.getByLabel("姓名").fill("测试员");
  await page.getByLabel("电子邮箱").fill(applicant);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill("a-long-password-2026");
  await page.getByLabel("确认密码").fill("a-long-password-2026");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("status")).toContainText("注册申请已收到，请查收邮件");
});
