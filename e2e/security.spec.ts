import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, freshCreditCode, signIn, test } from "./support";

test.describe("known bypasses and headers", () => {
  // The forged-origin test captures the sign-up form's own action request and aborts it
  // (route.abort): Chromium then logs the aborted fetch and the form's "Failed to fetch".
  test.use({ allowedConsoleErrors: /(on http:\/\/[^ ]+\/signup: Failed to load resource: net::ERR_FAILED)|(uncaught error on http:\/\/[^ ]+\/signup: Failed to fetch)/ });
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
    await page.getByLabel("统一社会信用代码").fill(freshCreditCode("360106"));
    await page.getByLabel("所在区县").selectOption("HONGGUTAN");
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

test.describe("open redirect after login (issue 19, item 1)", () => {
  /** Signs in through the real form of /login?callbackUrl=…, with every request to evil.example answered (and recorded) here. */
  async function signInWithCallback(page: Page, callbackUrl: string) {
    const toEvil: string[] = [];
    // By host: the login address itself carries "evil.example" in its query.
    await page.context().route((url) => url.hostname === "evil.example", async (route) => {
      toEvil.push(route.request().url());
      await route.fulfill({ status: 200, contentType: "text/html", body: "<h1>pwned</h1>" });
    });
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("电子邮箱").fill(DEMO_ACCOUNTS.enterpriseGanjiang);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    return toEvil;
  }

  for (const callbackUrl of ["/\\evil.example/pwned", "/\t/evil.example/pwned", "//evil.example/pwned", "https://evil.example/pwned", "/%5Cevil.example/pwned", "javascript:location='https://evil.example/pwned'"]) {
    test(`a hostile callbackUrl ${JSON.stringify(callbackUrl)} lands on the portal's home`, async ({ page, baseURL }) => {
      const toEvil = await signInWithCallback(page, callbackUrl);
      // /home sends an enterprise member on to its start page, on the portal's own origin.
      await expect(page).toHaveURL(`${baseURL}/enterprise`);
      await expect(page.getByTestId("signed-in-as")).toBeVisible();
      expect(toEvil).toEqual([]);
    });
  }

  test("a callbackUrl to a page of the portal is still followed", async ({ page, baseURL }) => {
    const toEvil = await signInWithCallback(page, "/enterprise/claims?year=2024");
    await expect(page).toHaveURL(`${baseURL}/enterprise/claims?year=2024`);
    expect(toEvil).toEqual([]);
  });
});

test.describe("Origin of state-changing route handlers (issue 19, item 9)", () => {
  // Sample values for catch-all segments; a new catch-all route needs one here (the test says so).
  const CATCH_ALL_SAMPLES: Record<string, string> = { nextauth: "callback/credentials", path: "no-such-endpoint" };
  const SAMPLE_ID = "0190a0b0-0000-7000-8000-00000000dead";

  /** Every app/**\/route.ts export of POST, PUT, PATCH or DELETE, as the address and method to call. */
  function stateChangingRoutes(): Array<{ file: string; url: string; method: string }> {
    const appDir = path.resolve("app");
    const found: Array<{ file: string; url: string; method: string }> = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(full);
          continue;
        }
        if (entry.name !== "route.ts") continue;
        const source = fs.readFileSync(full, "utf8");
        const methods = new Set<string>();
        for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
        for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const n of m[1]!.matchAll(/\b(?:as\s+)?(POST|PUT|PATCH|DELETE)\b/g)) methods.add(n[1]!);
        const segments = path.relative(appDir, dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s)).map((segment) => {
          const catchAll = /^\[\[?\.\.\.(\w+)\]\]?$/.exec(segment);
          if (catchAll) {
            const sample = CATCH_ALL_SAMPLES[catchAll[1]!];
            if (!sample) throw new Error(`add a sample for the catch-all segment ${segment} of ${full} to CATCH_ALL_SAMPLES`);
            return sample;
          }
          return /^\[\w+\]$/.test(segment) ? SAMPLE_ID : segment;
        });
        for (const method of methods) found.push({ file: path.relative(process.cwd(), full), url: `/${segments.join("/")}`, method });
      }
    };
    walk(appDir);
    return found.sort((a, b) => a.url.localeCompare(b.url));
  }

  test("every POST/PUT/PATCH/DELETE route handler answers 403 to a null, garbage or foreign Origin", async ({ page, baseURL }) => {
    const routes = stateChangingRoutes();
    // The enumeration finds the handlers known today (a new one is included without editing this test).
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining([`POST /api/auth/callback/credentials`, `POST /api/review/payments/${SAMPLE_ID}/bank-file`, `POST /sign-out`]),
    );
    // As a signed-in payment reviewer: the browser of a victim, whose cookies a forged request would carry.
    await signIn(page, DEMO_ACCOUNTS.reviewer);
    for (const route of routes) {
      for (const origin of ["null", "garbage", "https://evil.example", "http://127.0.0.1:1"]) {
        const response = await page.request.fetch(`${baseURL}${route.url}`, { method: route.method, headers: { origin }, maxRedirects: 0, form: { csrfToken: "x" } });
        expect(response.status(), `${route.method} ${route.url} (${route.file}) with Origin: ${origin}`).toBe(403);
      }
    }
    // Nothing happened: sign-out was refused every time, so the session still works.
    await page.goto("/review");
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    // Control: from the portal's own origin the same requests reach their handlers (no blanket 403).
    for (const route of routes.filter((r) => r.url !== "/sign-out")) {
      const response = await page.request.fetch(`${baseURL}${route.url}`, { method: route.method, headers: { origin: baseURL! }, maxRedirects: 0, form: { csrfToken: "x" } });
      expect(response.status(), `${route.method} ${route.url} from the portal's origin`).not.toBe(403);
    }
  });
});
