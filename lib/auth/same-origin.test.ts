import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

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

  it("lets a request without Origin through (the SameSite cookie is the first line)", () => {
    expect(isSameOriginRequest(request({ host: "portal.nc.gov.cn" }))).toBe(true);
  });

  it("refuses when there is no host to compare with", () => {
    expect(isSameOriginRequest(request({ origin: "https://portal.nc.gov.cn" }))).toBe(false);
  });
});
