import { DEMO_ACCOUNTS, expect, signIn, test } from "./support";

test.describe("known bypasses and headers", () => {
  test("a request carrying x-middleware-subrequest is refused", async ({ request }) => {
    const response = await request.get("/enterprise", { headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }, maxRedirects: 0 });
    expect(response.status()).toBe(400);
  });

  test("RSC and prefetch variants of a protected page do not answer without a session", async ({ request }) => {
    for (const [path, headers] of [
      ["/enterprise/claims", { RSC: "1" }],
      ["/enterprise/claims?_rsc=abc", { RSC: "1", "Next-Router-Prefetch": "1" }],
      ["/enterprise/claims.rsc", {}],
      ["/admin/users", { RSC: "1", "Next-Router-State-Tree": "%5B%22%22%5D" }],
    ] as const) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect([307, 308, 401, 404], `${path} answered ${response.status()}`).toContain(response.status());
      expect(await response.text()).not.toContain("A2024-");
    }
  });

  test("pages carry a nonce-based CSP without unsafe-inline scripts, and the other headers", async ({ page }) => {
    const response = await page.goto("/login");
    const headers = response!.headers();
    const csp = headers["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // The page still works under the policy: the client-side form validation runs.
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("此项为必填项。").first()).toBeVisible();
  });

  test("pages with personal data are never cached", async ({ page }) => {
    await signIn(page, DEMO_ACCOUNTS.enterpriseGanjiang);
    for (const path of ["/enterprise", "/enterprise/claims", "/account"]) {
      const response = await page.goto(path);
      expect(response!.headers()["cache-control"], path).toContain("no-store");
    }
  });

  test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
    await signIn(page, DEMO_ACCOUNTS.administrator);
    const cookie = (await context.cookies()).find((c) => c.name.includes("next-auth.session-token"));
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe("Lax");
  });

  test("a server action posted from a foreign or null origin is refused and changes nothing", async ({ page }) => {
    await page.goto("/signup");
    // Capture the real sign-up action request the form sends, without letting it through…
    let captured: { url: string; headers: Record<string, string>; body: string } | undefined;
    await page.route("**/signup", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      captured = { url: route.request().url(), headers: route.request().headers(), body: route.request().postData() ?? "" };
      await route.abort();
    });
    const email = `forged-${Date.now()}@example.test`;
    await page.getByLabel("单位名称（中文）").fill("伪造请求公司");
    await page.getByLabel("统一社会信用代码").fill("91350100M000100Y43");
    await page.getByLabel("所在区县").selectOption("OUTSIDE_NANCHANG");
    await page.getByLabel("地址").fill("某地");
    await page.getByLabel("联系人").fill("甲");
    await page.getByLabel("联系电话").fill("13812345678");
    await page.getByLabel("姓名").fill("甲");
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByRole("textbox", { name: "密码", exact: true }).fill("a-long-password-2026");
    await page.getByLabel("确认密码").fill("a-long-password-2026");
    await page.getByRole("button", { name: "注册" }).click();
    await expect.poll(() => captured).toBeDefined();
    expect(captured!.headers["next-action"]).toBeTruthy();

    // …then replay it as a forger would: same action and body, another site's Origin.
    for (const origin of ["https://evil.example", "null"]) {
      const response = await page.request.post(captured!.url, { headers: { ...captured!.headers, origin }, data: captured!.body });
      expect(response.status(), `origin ${origin}`).toBeGreaterThanOrEqual(400);
    }
    // Nothing was created: the e-mail cannot sign in.
    await page.unroute("**/signup");
    const signInWith = async () => {
      await page.goto("/login");
      await page.getByLabel("电子邮箱").fill(email);
      await page.getByLabel("密码").fill("a-long-password-2026");
      await page.getByRole("button", { name: "登录" }).click();
    };
    await signInWith();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("邮箱或密码不正确。");
    // Control: the very same request from the portal's own origin is accepted, so the refusal above was the origin's doing.
    const genuine = await page.request.post(captured!.url, { headers: captured!.headers, data: captured!.body });
    expect(genuine.status()).toBe(200);
    await expect(async () => {
      await signInWith();
      await expect(page.getByTestId("signed-in-as")).toBeVisible({ timeout: 2000 });
    }).toPass();
  });
});
