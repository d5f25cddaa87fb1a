// A staff account with posts in two cities (issue 22: "a user with roles in two cities, rare: a
// vendor's account, switches explicitly"). The demo's vendor reviewer works in Nanchang and holds a
// post in Changsha: it switches at the top of the page and then sees only that city's queue and
// claims. The province gives and takes back such posts; its refusals are shown next to the fields.
import { DEMO_ACCOUNTS, expect, signIn, test } from "./support";

test("a reviewer with posts in two cities switches explicitly and sees one city's queue at a time", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.twoCityReviewer);
  await page.goto("/review");
  const switcher = page.getByTestId("city-switcher");
  // A retry after a failure half-way may find the account still in Changsha: back to the start first.
  const backToNanchang = switcher.getByRole("button", { name: "切换到南昌市（审核员）" });
  if ((await backToNanchang.count()) > 0) await backToNanchang.click();
  await expect(page.getByTestId("staff-city")).toContainText("南昌市");
  await expect(page.getByRole("row").filter({ hasText: "南昌赣江软件有限公司" })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "长沙湘江软件有限公司" })).toHaveCount(0);
  const ganjiangClaim = await page.getByRole("row").filter({ hasText: "南昌赣江软件有限公司" }).getByRole("link").first().getAttribute("href");

  await switcher.getByRole("button", { name: "切换到长沙市（审核员）" }).click();
  await expect(page.getByTestId("staff-city")).toContainText("长沙市");
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveText("长沙市服务外包补贴申报平台");
  await expect(page.getByRole("row").filter({ hasText: "长沙湘江软件有限公司" })).toContainText("¥187,500.00");
  await expect(page.getByRole("row").filter({ hasText: "南昌赣江软件有限公司" })).toHaveCount(0);
  // Acting in Changsha, Nanchang's claim is not found, as for any Changsha reviewer.
  expect((await page.goto(ganjiangClaim!))?.status()).toBe(404);

  await page.goto("/review");
  await page.getByTestId("city-switcher").getByRole("button", { name: "切换到南昌市（审核员）" }).click();
  await expect(page.getByTestId("staff-city")).toContainText("南昌市");
  await expect(page.getByRole("row").filter({ hasText: "南昌赣江软件有限公司" })).toHaveCount(1);
});

test("the province gives a city's staff member a post in another city and takes it back; mistakes are shown next to the fields", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.provinceAdministrator);
  const form = page.getByTestId("grant-post-form");
  const posts = page.getByTestId("staff-posts");
  // A retry after a failure half-way may find the post of the first attempt: taken back first.
  const leftOver = page.getByTestId("staff-post-row").filter({ hasText: DEMO_ACCOUNTS.secondCitySecondAdministrator });
  if ((await leftOver.count()) > 0) {
    await leftOver.getByRole("button").click();
    await expect(leftOver).toHaveCount(0);
  }
  // The demo's vendor reviewer already holds its Changsha post.
  await expect(posts.getByRole("row").filter({ hasText: DEMO_ACCOUNTS.twoCityReviewer })).toContainText("长沙市");

  await form.getByLabel("工作人员的电子邮箱").fill(DEMO_ACCOUNTS.enterpriseGanjiang);
  await form.getByLabel("岗位所在城市").selectOption({ label: "长沙市" });
  await form.getByLabel("岗位角色").selectOption({ label: "审核员" });
  await form.getByRole("button", { name: "增加岗位" }).click();
  await expect(form.getByText("没有使用此邮箱的在岗审核员或管理员账号。")).toBeVisible();

  // A Changsha administrator already works in Changsha.
  await form.getByLabel("工作人员的电子邮箱").fill(DEMO_ACCOUNTS.secondCitySecondAdministrator);
  await form.getByRole("button", { name: "增加岗位" }).click();
  await expect(form.getByText("该账号在此城市已有岗位。")).toBeVisible();

  await form.getByLabel("岗位所在城市").selectOption({ label: "南昌市" });
  await form.getByRole("button", { name: "增加岗位" }).click();
  await expect(page.getByRole("status")).toContainText(`已为 ${DEMO_ACCOUNTS.secondCitySecondAdministrator} 增加岗位`);
  const row = posts.getByRole("row").filter({ hasText: DEMO_ACCOUNTS.secondCitySecondAdministrator });
  await expect(row).toContainText("南昌市");
  await expect(row).toContainText("审核员");

  await row.getByRole("button", { name: `收回 ${DEMO_ACCOUNTS.secondCitySecondAdministrator} 在南昌市的岗位` }).click();
  await expect(row).toHaveCount(0);
});
