import { describe, expect, it } from "vitest";
import { isSameOriginRequest, sameOriginOnly } from "./same-origin";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("isSameOriginRequest", () => {
  it("accepts a form posted from the portal's own origin", () => {
    expect(isSameOriginRequest(request({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
  });

  it("compares with the host the proxy forwarded, first value when there are several", () => {
    expect(isSameOriginRequest(request({ origin: "https://portal.nc.gov.cn", host: "10.0.0.5:3000", "x-forwarded-host": "portal.nc.gov.cn, lb.internal" }))).toBe(true);
  });

  it("refuses another site, a different port, and the opaque null origin", () => {
    expect(isSameOriginRequest(request({ origin: "https://evil.example", host: "portal.nc.gov.cn" }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: "http://127.0.0.1:4000", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: "null", host: "portal.nc.gov.cn" }))).toBe(false);
  });

  it("refuses an Origin that is not a URL, instead of throwing", () => {
    for (const origin of ["garbage", "http://", "://portal.nc.gov.cn", "portal.nc.gov.cn", "http://[::1", ""]) {
      expect(isSameOriginRequest(request({ origin, host: "portal.nc.gov.cn" })), JSON.stringify(origin)).toBe(false);
    }
  });

  it("lets a request without Origin through (the SameSite cookie is the first line)", () => {
    expect(isSameOriginRequest(request({ host: "portal.nc.gov.cn" }))).toBe(true);
  });

  it("refuses when there is no host to compare with", () => {
    expect(isSameOriginRequest(request({ origin: "https://portal.nc.gov.cn" }))).toBe(false);
  });
});

describe("sameOriginOnly", () => {
  const post = (origin?: string) =>
    new Request("http://portal.nc.gov.cn/api/x", { method: "POST", headers: { host: "portal.nc.gov.cn", ...(origin === undefined ? {} : { origin }) } });

  it("answers 403 to a null, garbage or foreign Origin without running the handler", async () => {
    let calls = 0;
    const handler = sameOriginOnly(async () => {
      calls += 1;
      return new Response("done");
    });
    for (const origin of ["null", "garbage", "https://evil.example"]) {
      expect((await handler(post(origin), {})).status, origin).toBe(403);
    }
    expect(calls).toBe(0);
  });

  it("runs the handler, with its request and context, for the portal's own Origin", async () => {
    const handler = sameOriginOnly(async (req: Request, context: { params: Promise<{ id: string }> }) => new Response(`${req.method} ${(await context.params).id}`));
    const response = await handler(post("http://portal.nc.gov.cn"), { params: Promise.resolve({ id: "42" }) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("POST 42");
  });
});
