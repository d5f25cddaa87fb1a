import robotsParser from "robots-parser";
import { expect, test } from "./support";

// The files of public/: the portal's icon, robots.txt and web manifest, served to anyone (the
// proxy's login redirect must not catch them) with the content type browsers and crawlers expect.

test("the icons are served to a visitor without a session, as images", async ({ request }) => {
  for (const [file, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/icon-192.png", "image/png"],
    ["/icon-512.png", "image/png"],
  ] as const) {
    const response = await request.get(file, { maxRedirects: 0 });
    expect(response.status(), file).toBe(200);
    expect(response.headers()["content-type"], file).toContain(type);
    expect((await response.body()).length, file).toBeGreaterThan(100);
  }
  const ico = await (await request.get("/favicon.ico")).body();
  // An ICO directory (reserved 0, type 1) with 16, 32 and 48 pixel images.
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
});

test("robots.txt keeps the private areas out of search engines and lets them index the public pages", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const robots = robotsParser(`${baseURL}/robots.txt`, await response.text());
  for (const open of ["/", "/notice", "/login", "/signup"]) expect(robots.isAllowed(`${baseURL}${open}`, "Googlebot"), open).toBe(true);
  for (const closed of ["/enterprise", "/enterprise/claims/1", "/institution/trainees", "/review", "/review/claims/OFFSHORE/x", "/admin/users", "/account", "/api/review/queue-export", "/invite/abc", "/home"]) {
    expect(robots.isAllowed(`${baseURL}${closed}`, "Baiduspider"), closed).toBe(false);
  }
});

test("the web manifest names the portal in Chinese, and every page links it and the icon", async ({ request, page }) => {
  const response = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: "南昌市服务外包补贴申报平台", lang: "zh-CN", start_url: "/" });
  for (const icon of manifest.icons as Array<{ src: string; type: string }>) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toContain(icon.type);
  }
  for (const path of ["/", "/login", "/notice"]) {
    await page.goto(path);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", /^\/icon\.svg/);
  }
});
