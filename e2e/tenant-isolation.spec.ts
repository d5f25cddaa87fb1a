import { DEMO_ACCOUNTS, expect, signIn, signOut, test } from "./support";

test("enterprise A gets 404 for enterprise B's claim", async ({ page }) => {
  // Enterprise B opens its own claim: it exists and B may see it.
  await signIn(page, DEMO_ACCOUNTS.enterpriseHongcheng);
  await page.goto("/enterprise/claims");
  await page.getByRole("link", { name: /^A2024-/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2024");
  const claimUrl = new URL(page.url()).pathname;
  await signOut(page);

  // Enterprise A asks for the same address: the claim does not exist for A.
  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  const response = await page.goto(claimUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByText("Thames Analytics")).toHaveCount(0);

  // A's own claims list does not show B's claims either.
  await page.goto("/enterprise/claims");
  await expect(page.getByRole("cell", { name: /A2024-/ })).toHaveCount(1);
});
