// The contract of the public API v1: the OpenAPI document is served, names every route file under
// app/api/v1, and the check every API test runs on its answers (tests/db/api-contract.ts, called by
// tests/db/api-client.ts) really refuses an answer the document does not describe.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiEndpoint } from "@/lib/api/v1/endpoints";
import { openApiDocument } from "@/lib/api/v1/openapi-document";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { callApi } from "./api-client";
import { assertMatchesContract } from "./api-contract";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

/** Every route file under app/api/v1 as the document would name it ([city] → {city}). */
function routesOnDisk(): string[] {
  const root = path.resolve("app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") found.push(`/${path.relative(root, dir).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}"));
    }
  };
  walk(path.join(root, "api", "v1"));
  return found.sort();
}

describe("the OpenAPI document of API v1", () => {
  it("documents every route file under app/api/v1 (but the catch-all 404 and the document itself)", () => {
    const documented = Object.keys((openApiDocument() as { paths: object }).paths).sort();
    const routes = routesOnDisk().filter((r) => !r.includes("[...") && r !== "/api/v1/openapi.json");
    expect(routes).toEqual(documented);
  });

  it("refuses an answer with a field its schema does not name, a missing field, or an undocumented status", () => {
    const good = { items: [] };
    expect(() => assertMatchesContract({ method: "GET", path: "/api/v1/policy-versions", status: 200, body: good })).not.toThrow();
    expect(() => assertMatchesContract({ method: "GET", path: "/api/v1/policy-versions", status: 200, body: { ...good, next: null } })).toThrow(/does not match/);
    expect(() => assertMatchesContract({ method: "GET", path: "/api/v1/notice", status: 200, body: { page: 1, items: [] } })).toThrow(/does not match/);
    expect(() => assertMatchesContract({ method: "GET", path: "/api/v1/cities/nanchang/notice", status: 201, body: good })).toThrow(/not in the document/);
    const error = { error: { status: 422, code: "invalid_input", message: "x", fields: [] } };
    expect(() => assertMatchesContract({ method: "POST", path: "/api/v1/eligibility/training", status: 422, body: error })).not.toThrow();
    expect(() => assertMatchesContract({ method: "POST", path: "/api/v1/eligibility/training", status: 422, body: { error: { ...error.error, code: "oops" } } })).toThrow(/does not match/);
  });
});

describe("the keyed endpoints in the document", () => {
  it("declare the bearer scheme and the scope each needs; the write needs an Idempotency-Key", () => {
    type Op = { security?: Array<Record<string, string[]>>; parameters: Array<{ name: string; required: boolean }>; responses: Record<string, unknown> };
    const doc = openApiDocument() as { paths: Record<string, Record<string, Op>>; components: { securitySchemes: Record<string, unknown> } };
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.paths["/api/v1/claims"]!.get!.security).toEqual([{ apiKey: ["claims:read"] }]);
    expect(doc.paths["/api/v1/cities/{city}/claims/{id}"]!.get!.security).toEqual([{ apiKey: ["claims:read"] }]);
    const write = doc.paths["/api/v1/offshore-claims"]!.post!;
    expect(write.security).toEqual([{ apiKey: ["claims:write"] }]);
    expect(write.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", required: true }));
    expect(Object.keys(write.responses)).toEqual(expect.arrayContaining(["200", "201", "401", "403", "404", "409", "422", "429"]));
    expect(doc.paths["/api/v1/notice"]!.get!.security).toBeUndefined();
  });
});

describe.each(DATABASE_KINDS)("GET /api/v1/openapi.json on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("serves the document generated from the schemas", async () => {
    const response = await openApiEndpoint(new Request("http://portal.test/api/v1/openapi.json", { headers: { "x-forwarded-for": "198.51.100.9" } }), { prisma: db.prisma });
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: object };
    expect(document.openapi).toBe("3.1.0");
    expect(document).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const post = await callApi(openApiEndpoint, db.prisma, "/api/v1/openapi.json", { json: {} });
    expect(post.status).toBe(405);
  });
});
