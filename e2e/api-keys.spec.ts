import { DEMO_ACCOUNTS, expect, signIn, signOut, test, waitForHydration } from "./support";

// Issue 21 item 4: a member makes an API key in the portal (zh-CN), sees it once, reads the
// organisation's own claims with it, gets 404 for another organisation's claim, revokes it, and
// the next request is refused. The key's other refusals are in tests/db/api-keys.test.ts.

function inDays(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test("a member makes a key, uses it for its own claims only, and revoking it ends access at once", async ({ page, request }) => {
  // Another enterprise's claim: its address, as that enterprise sees it.
  await signIn(page, DEMO_ACCOUNTS.enterpriseHongcheng);
  await page.goto("/enterprise/claims");
  await page.getByRole("link", { name: /^A2024-/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2024");
  const otherClaimId = new URL(page.url()).pathname.split("/").at(-1)!;
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
  await page.getByRole("navigation").getByRole("link", { name: "API 密钥" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API 密钥" })).toBeVisible();
  await waitForHydration(page);
  const name = `对账系统 ${Date.now()}`;

  // No expiry: refused next to its field, in Chinese.
  await page.getByLabel("名称").fill(name);
  await page.getByRole("button", { name: "创建密钥" }).click();
  await expect(page.locator("#api-key-expires-error")).toHaveText("此项为必填项。");

  await page.getByLabel("密钥最后有效日").fill(inDays(30));
  await expect(page.getByLabel("读取申报（claims:read）")).toBeChecked();
  await page.getByRole("button", { name: "创建密钥" }).click();
  const shown = page.getByTestId("new-api-key");
  await expect(shown).toBeVisible();
  await expect(page.getByText("它只显示这一次")).toBeVisible();
  const key = (await shown.textContent())!.trim();
  expect(key).toMatch(/^nck_[0-9a-f]{8}_/);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(key.slice(0, 12));
  await expect(row).toContainText("从未");

  // Shown once: a reload lists the key by its prefix only.
  await page.reload();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await expect(page.getByText(key)).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: name })).toBeVisible();

  const authorization = `Bearer ${key}`;
  const list = await request.get("/api/v1/claims", { headers: { authorization } });
  expect(list.status()).toBe(200);
  const { items } = (await list.json()) as { items: Array<{ id: string; kind: string; claimNo: string }> };
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((c) => c.kind === "offshore")).toBe(true);
  expect(items.map((c) => c.id)).not.toContain(otherClaimId);
  const own = await request.get(`/api/v1/claims/${items[0]!.id}`, { headers: { authorization } });
  expect(own.status()).toBe(200);
  const theirs = await request.get(`/api/v1/claims/${otherClaimId}`, { headers: { authorization } });
  expect(theirs.status()).toBe(404);
  expect(((await theirs.json()) as { error: { code: string } }).error.code).toBe("not_found");

  // The list shows the use; revoking ends access at once.
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).not.toContainText("从未");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `撤销密钥 ${name}` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("已由");
  const after = await request.get("/api/v1/claims", { headers: { authorization } });
  expect(after.status()).toBe(401);
  expect(after.headers()["www-authenticate"]).toMatch(/^Bearer /);
});
