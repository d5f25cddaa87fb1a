import { DEMO_ACCOUNTS, expect, signIn, signOut, test } from "./support";

const FULL_ID = /(?<![0-9A-Z])\d{17}[0-9X](?![0-9A-Z])/;

test("another institution gets 404 for a trainee, its identity screen and its claim; employers see only their own contracts", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.institutionYuzhang);
  await page.goto("/institution/trainees");
  expect(await page.locator("body").innerText()).not.toMatch(FULL_ID);
  await page.getByRole("link", { name: "李明" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "李明" })).toBeVisible();
  const traineeUrl = new URL(page.url()).pathname;
  expect(await page.locator("body").innerText()).not.toMatch(FULL_ID);
  await page.goto("/institution/claims");
  await page.getByRole("link", { name: /^B2024-/ }).click();
  await expect(page.getByTestId("claim-line")).toHaveCount(2);
  const claimUrl = new URL(page.url()).pathname;
  expect(await page.locator("body").innerText()).not.toMatch(FULL_ID);
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.institutionTengwang);
  for (const url of [traineeUrl, `${traineeUrl}/identity`, claimUrl]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("李明")).toHaveCount(0);
  }
  // Tengwang's own 张伟 is the same person as Yuzhang's, already in Yuzhang's submitted claim.
  await page.goto("/institution/trainees");
  await expect(page.getByRole("link", { name: "张伟" })).toBeVisible();
  // Its own record of the person (its college), nothing of Yuzhang's record.
  await expect(page.getByRole("row").filter({ hasText: "张伟" })).toContainText("华东交通大学");
  await expect(page.getByRole("row").filter({ hasText: "张伟" })).not.toContainText("南昌大学");
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.enterpriseShenzhen);
  await page.goto("/enterprise/employment");
  await expect(page.getByTestId("employment-row")).toHaveCount(1);
  await expect(page.getByTestId("employment-row")).toContainText("刘洋");
  expect(await page.locator("body").innerText()).not.toMatch(FULL_ID);
});
