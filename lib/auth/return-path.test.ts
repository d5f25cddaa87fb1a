import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HOME_PATH, RETURN_PATH_PREFIXES, safeReturnPath } from "./return-path";

const PORTAL = "http://127.0.0.1:3000";
const target = (value: unknown) => safeReturnPath(value, PORTAL);

describe("safeReturnPath", () => {
  it("keeps a path of the portal with its query and fragment", () => {
    expect(target("/review/claims/offshore/0190a0b0-0000-7000-8000-000000000001?tab=evidence#lines")).toBe(
      "/review/claims/offshore/0190a0b0-0000-7000-8000-000000000001?tab=evidence#lines",
    );
    expect(target("/enterprise")).toBe("/enterprise");
    expect(target("/notice")).toBe("/notice");
  });

  it("keeps an absolute URL of the portal's own origin, as a path", () => {
    expect(target("http://127.0.0.1:3000/admin/users?page=2")).toBe("/admin/users?page=2");
  });

  it("sends a backslash form home (browsers read /\\ as //, another host)", () => {
    for (const value of ["/\\evil.example/pwned", "\\\\evil.example", "/home\\..\\..\\evil", "\\/evil.example"]) {
      expect(target(value), value).toBe(HOME_PATH);
    }
  });

  it("sends tab, CR, LF and other control characters inside the target home (browsers drop them)", () => {
    for (const value of ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/home\u0000", "/ho\tme", "java\tscript:alert(1)"]) {
      expect(target(value), JSON.stringify(value)).toBe(HOME_PATH);
    }
  });

  it("sends an encoded slash or backslash home, encoded once or twice", () => {
    for (const value of ["/%2f%2fevil.example", "/%2F%2Fevil.example/pwned", "/%5cevil.example", "/%5C%5Cevil.example", "/home/%2f%2fevil.example", "/home%2f..%2f..%2fevil", "/home/%252f%252fevil.example", "/home/%09x", "/home/%E0%A4%A"]) {
      expect(target(value), value).toBe(HOME_PATH);
    }
  });

  it("sends javascript:, data: and other schemes home", () => {
    for (const value of ["javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "mailto:a@evil.example"]) {
      expect(target(value), value).toBe(HOME_PATH);
    }
  });

  it("resolves dot segments first: /../ that leaves the portal's areas goes home", () => {
    expect(target("/home/../../evil.example")).toBe(HOME_PATH);
    expect(target("/enterprise/..//evil.example/pwned")).toBe(HOME_PATH);
    expect(target("/enterprise/%2e%2e/%2e%2e//evil.example")).toBe(HOME_PATH);
    expect(target("/../api/auth/signout")).toBe(HOME_PATH);
    // Dot segments that stay inside an area resolve to that area's page, which checks access itself.
    expect(target("/enterprise/claims/../profile")).toBe("/enterprise/profile");
  });

  it("sends absolute URLs of other origins home, including look-alikes", () => {
    for (const value of [
      "https://evil.example/home",
      "http://127.0.0.1:3000.evil.example/home",
      "http://127.0.0.1:3000@evil.example/home",
      "https://127.0.0.1:3000/home",
      "http://127.0.0.1:4000/home",
      "http:evil.example",
      "http:/\\evil.example",
    ]) {
      expect(target(value), value).toBe(HOME_PATH);
    }
  });

  it("sends protocol-relative and extra-slash forms home", () => {
    for (const value of ["//evil.example/pwned", "///evil.example", "////evil.example/home", " //evil.example", "http://127.0.0.1:3000//evil.example/x"]) {
      expect(target(value), value).toBe(HOME_PATH);
    }
  });

  it("sends the portal's pages outside its areas home (login, API, sign-out, look-alike prefixes)", () => {
    for (const value of ["/login", "/login?callbackUrl=/login", "/api/auth/signout", "/sign-out", "/", "/homepage", "/enterprise.rsc", "home"]) {
      expect(target(value), value).toBe(HOME_PATH);
    }
  });

  it("sends nothing, an empty or a non-string target home", () => {
    for (const value of [null, undefined, "", 42, ["/enterprise"], { href: "/enterprise" }]) expect(target(value)).toBe(HOME_PATH);
  });

  it("sends everything home when the portal's own origin is unusable", () => {
    expect(safeReturnPath("/enterprise", "not a url")).toBe(HOME_PATH);
  });
});

describe("RETURN_PATH_PREFIXES", () => {
  // Top-level folders of app/ (route groups flattened) that are pages but never a place to return to.
  const NEVER_A_RETURN_TARGET = new Set(["login", "signup", "invite", "api", "sign-out", "actions"]);

  it("names every top-level area of app/ that is not explicitly excluded, and nothing else", () => {
    const appDir = path.resolve(import.meta.dirname, "../../app");
    const topLevel = new Set<string>();
    for (const entry of readdirSync(appDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
      const inner = /^\(.+\)$/.test(entry.name) ? readdirSync(path.join(appDir, entry.name), { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith("_")).map((e) => e.name) : [entry.name];
      for (const name of inner) topLevel.add(name);
    }
    const areas = [...topLevel].filter((name) => !NEVER_A_RETURN_TARGET.has(name)).map((name) => `/${name}`).sort();
    expect(areas).toEqual([...RETURN_PATH_PREFIXES].sort());
  });
});
