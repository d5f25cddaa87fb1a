// The public API v1 (issue 21): policy versions, the two calculators, the notice, and every way a
// request can be refused, in the one error shape. Endpoints are called as their route files call
// them (lib/api/v1/endpoints.ts) on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_POLICY_VERSIONS, evaluateOffshoreIncentive } from "@/lib/eligibility";
import {
  noticeEndpoint,
  notFoundEndpoint,
  offshoreEligibilityEndpoint,
  policyVersionsEndpoint,
  trainingEligibilityEndpoint,
} from "@/lib/api/v1/endpoints";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/read-json-body";
import { listPublicNotice } from "@/lib/grants/public-notice/list-public-notice";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { clearPolicyVersionCache } from "@/lib/policy/load-policy-versions";
import { publicPolicyVersion } from "@/lib/api/v1/public-policy-version";
import { approveClaim } from "@/lib/review/approve-claim";
import { RATE_LIMITS } from "@/lib/throttle/rate-limit-policy";
import { BASE } from "@/lib/eligibility/test-cases";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { callApi } from "./api-client";
import { reviewer, submittedOffshoreClaim } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

interface ErrorBody {
  error: { status: number; code: string; message: string; fields: Array<{ field: string; code: string; message: string }> };
}
const errorOf = (body: unknown) => (body as ErrorBody).error;

describe.each(DATABASE_KINDS)("public API v1 on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
  });
  afterAll(async () => db?.close());

  describe("GET policy-versions", () => {
    it("lists every published version with its range and parameters, and never a draft", async () => {
      const [latest] = BUILT_IN_POLICY_VERSIONS.slice(-1);
      await db.prisma.policyVersion.create({
        data: {
          id: "draft-raise-2027",
          cityId: "nanchang",
          nameZh: "草案",
          nameEn: "Draft",
          effectiveFrom: new Date("2027-01-01T00:00:00Z"),
          offshoreThresholdUsdCents: 1n,
          offshoreFenPerUsd: 99,
          offshoreAnnualCapFen: 1,
          trainingMinMonths: 1,
          contractMinMonths: 1,
          traineeFenNanchang: 1,
          institutionFenNanchang: 1,
          traineeFenElsewhere: 1,
          institutionFenElsewhere: 1,
          fourEyesThresholdFen: 1,
          noticePeriodWorkingDays: 1,
          status: "DRAFT",
          draftedById: crypto.randomUUID(),
        },
      });
      clearPolicyVersionCache();
      const answer = await callApi(policyVersionsEndpoint, db.prisma, "/api/v1/policy-versions");
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8");
      const items = (answer.body as { items: Array<{ id: string }> }).items;
      // Every parameter that decides an amount; the risk thresholds and the reconciliation's tolerance stay inside the bureau.
      expect(items).toEqual(BUILT_IN_POLICY_VERSIONS.map(publicPolicyVersion));
      expect(items[0]).not.toHaveProperty("riskSharedClientClaimants");
      expect(items[0]).not.toHaveProperty("reconciliationToleranceBasisPoints");
      expect(items.map((v) => v.id)).not.toContain("draft-raise-2027");
      expect(items.at(-1)).toMatchObject({ id: latest!.id, effectiveTo: null });
      // The city's address answers the same; an unknown city is a 404 in the error shape.
      const byCity = await callApi(policyVersionsEndpoint, db.prisma, "/api/v1/cities/nanchang/policy-versions", { city: "nanchang" });
      expect(byCity.body).toEqual(answer.body);
      const unknown = await callApi(policyVersionsEndpoint, db.prisma, "/api/v1/cities/atlantis/policy-versions", { city: "atlantis" });
      expect(unknown.status).toBe(404);
      expect(errorOf(unknown.body)).toMatchObject({ status: 404, code: "unknown_city", fields: [] });
    });

    it("refuses a query parameter it does not know, and POST with 405 and Allow", async () => {
      const query = await callApi(policyVersionsEndpoint, db.prisma, "/api/v1/policy-versions?status=DRAFT");
      expect(query.status).toBe(422);
      expect(errorOf(query.body).fields).toEqual([{ field: "status", code: "unknown_field", message: "此字段不属于该请求。" }]);
      const post = await callApi(policyVersionsEndpoint, db.prisma, "/api/v1/policy-versions", { json: {} });
      expect(post.status).toBe(405);
      expect(post.headers.get("allow")).toBe("GET");
      expect(errorOf(post.body)).toMatchObject({ status: 405, code: "method_not_allowed" });
    });
  });

  describe("POST eligibility", () => {
    it("answers rule A with the module's result, the version used and the explanation in the caller's language", async () => {
      const input = { claimYear: 2016, offshoreUsdCents: 123_456_700 };
      const zh = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", { json: input });
      expect(zh.status).toBe(200);
      expect(zh.headers.get("content-language")).toBe("zh-CN");
      const body = zh.body as { result: unknown; policyVersion: { id: string }; locale: string; explanation: { calculation: string; reasons: Array<{ code: string; passed: boolean; label: string; text: string }> } };
      expect(body.result).toEqual(evaluateOffshoreIncentive(input));
      expect(body.policyVersion.id).toBe("nanchang-2015-implementation-opinions");
      expect(body.locale).toBe("zh-CN");
      expect(body.explanation.reasons.map((r) => [r.code, r.passed])).toEqual([["OFFSHORE_THRESHOLD", true], ["ANNUAL_CAP", true]]);
      const en = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", { json: input, headers: { "accept-language": "fr;q=1, en-GB;q=0.8, zh;q=0.5" } });
      const enBody = en.body as typeof body;
      expect(en.headers.get("content-language")).toBe("en");
      expect(enBody.explanation.calculation).toBe("1,234,567.00 USD x 0.2 = 246,913.40 RMB; cap 500,000.00 RMB not reached");
      expect(enBody.result).toEqual(body.result);
    });

    it("uses a published version the caller names, and refuses a draft's or an unknown id field by field", async () => {
      const named = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", {
        json: { claimYear: 2016, offshoreUsdCents: 30_000_000, policyVersion: "nanchang-2013-policy-2.0" },
      });
      expect(named.status).toBe(200);
      expect((named.body as { result: { policyVersionId: string } }).result.policyVersionId).toBe("nanchang-2013-policy-2.0");
      for (const id of ["draft-raise-2027", "no-such-version"]) {
        const refused = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", {
          json: { claimYear: 2016, offshoreUsdCents: 30_000_000, policyVersion: id },
          headers: { "accept-language": "en" },
        });
        expect(refused.status).toBe(422);
        expect(errorOf(refused.body).fields).toEqual([
          { field: "policyVersion", code: "unknown_policy_version", message: "There is no published policy version with this id." },
        ]);
      }
      // A year before every version: refused on the field, with the module's message.
      const early = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", { json: { claimYear: 2012, offshoreUsdCents: 1 } });
      expect(early.status).toBe(422);
      expect(errorOf(early.body).fields).toMatchObject([{ field: "claimYear", code: "no_policy_in_force" }]);
    });

    it("answers rule B under the version in force on the signing date", async () => {
      const answer = await callApi(trainingEligibilityEndpoint, db.prisma, "/api/v1/cities/nanchang/eligibility/training", { json: BASE, city: "nanchang" });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ result: { eligible: true, traineeFen: 200_000, institutionFen: 150_000 }, policyVersion: { id: "nanchang-2015-implementation-opinions" } });
    });

    it("refuses bad input with the right status, in the one shape, naming every field", async () => {
      const path = "/api/v1/eligibility/training";
      const send = (init: Parameters<typeof callApi>[3]) => callApi(trainingEligibilityEndpoint, db.prisma, path, init);

      const invalid = await send({ json: { ...BASE, trainingStart: "2025-02-30", contractEnd: undefined, isCollegeStudent: "yes", extra: 1 }, headers: { "accept-language": "en" } });
      expect(invalid.status).toBe(422);
      expect(errorOf(invalid.body)).toMatchObject({ status: 422, code: "invalid_input" });
      expect(errorOf(invalid.body).fields.map((f) => [f.field, f.code]).sort()).toEqual(
        [["contractEnd", "required"], ["extra", "unknown_field"], ["isCollegeStudent", "invalid"], ["trainingStart", "date"]].sort(),
      );
      expect(errorOf(invalid.body).fields.find((f) => f.field === "trainingStart")?.message).toBe("Enter a valid date (YYYY-MM-DD).");

      const malformed = await send({ body: '{"isCollegeStudent": tru', headers: { "content-type": "application/json" } });
      expect([malformed.status, errorOf(malformed.body).code]).toEqual([400, "malformed_json"]);

      const wrongType = await send({ body: JSON.stringify(BASE), headers: { "content-type": "text/plain" } });
      expect([wrongType.status, errorOf(wrongType.body).code]).toEqual([415, "unsupported_media_type"]);
      const form = await send({ body: "isCollegeStudent=true", headers: { "content-type": "application/x-www-form-urlencoded" } });
      expect(form.status).toBe(415);

      const notAnObject = await send({ json: [BASE] });
      expect(errorOf(notAnObject.body).fields).toMatchObject([{ field: "body", code: "invalid" }]);

      // 10 MB without a Content-Length (a stream): read up to the limit and no further.
      let pulled = 0;
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= 10 * 1024 * 1024) return controller.close();
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      const big = await send({ body: stream, headers: { "content-type": "application/json" } });
      expect([big.status, errorOf(big.body).code]).toEqual([413, "payload_too_large"]);
      expect(pulled).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES + 2 * chunk.byteLength);
      // A Content-Length that claims a small body does not let a large one through.
      const lying = await send({ body: " ".repeat(MAX_JSON_BODY_BYTES + 1), headers: { "content-type": "application/json", "content-length": "2" } });
      expect(lying.status).toBe(413);

      const get = await callApi(trainingEligibilityEndpoint, db.prisma, path);
      expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
    });

    it("refuses a browser request from another site (403) and lets a script without Origin through", async () => {
      const foreign = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", {
        json: { claimYear: 2016, offshoreUsdCents: 1 },
        headers: { origin: "https://evil.example", host: "portal.test" },
      });
      expect([foreign.status, errorOf(foreign.body).code]).toEqual([403, "forbidden_origin"]);
      const own = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", {
        json: { claimYear: 2016, offshoreUsdCents: 1 },
        headers: { origin: "http://portal.test", host: "portal.test" },
      });
      expect(own.status).toBe(200);
    });
  });

  describe("GET notice", () => {
    it("pages through exactly what the notice page shows", async () => {
      const r = await reviewer(db.prisma);
      for (const usd of ["300000.00", "310000.00", "320000.00"]) {
        const { claim } = await submittedOffshoreClaim(db.prisma, usd);
        await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, new Date());
      }
      const page = (await listPublicNotice(db.prisma, "nanchang")).map((row) => ({ ...row, publishedAt: row.publishedAt.toISOString(), endsAt: row.endsAt.toISOString() }));
      expect(page).toHaveLength(3);
      const first = await callApi(noticeEndpoint, db.prisma, "/api/v1/notice?pageSize=2");
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ page: 1, pageSize: 2, total: 3, pageCount: 2, items: page.slice(0, 2) });
      const second = await callApi(noticeEndpoint, db.prisma, "/api/v1/cities/nanchang/notice?pageSize=2&page=2", { city: "nanchang" });
      expect(second.body).toMatchObject({ page: 2, items: page.slice(2) });
      // Past the end: the last page, never "page 9 of 2".
      const past = await callApi(noticeEndpoint, db.prisma, "/api/v1/notice?pageSize=2&page=9");
      expect(past.body).toMatchObject({ page: 2, pageCount: 2 });
      for (const query of ["page=0", "pageSize=101", "pageSize=abc", "sort=amount"]) {
        const refused = await callApi(noticeEndpoint, db.prisma, `/api/v1/notice?${query}`);
        expect(refused.status, query).toBe(422);
      }
    });
  });

  it("answers an address under /api/v1 that names nothing with 404 in the error shape", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const answer = await callApi(notFoundEndpoint, db.prisma, "/api/v1/nothing-here", { method });
      expect([answer.status, errorOf(answer.body).code]).toEqual([404, "not_found"]);
    }
  });

  it("limits each address in the database: 429 with Retry-After, another address still served", async () => {
    const address = "192.0.2.77";
    const allowed = RATE_LIMITS.publicApi.perAddress.points;
    for (let i = 0; i < allowed; i++) {
      const ok = await callApi(policyVersionsEndpoint, db.prisma, "/api/v1/policy-versions", { address });
      expect(ok.status).toBe(200);
    }
    const refused = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", { address, json: { claimYear: 2016, offshoreUsdCents: 1 } });
    expect(refused.status).toBe(429);
    expect(errorOf(refused.body).code).toBe("rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(RATE_LIMITS.publicApi.perAddress.durationSeconds);
    // The count is a row of the limiter's table, shared by every instance.
    const row = await db.prisma.rateLimit.findUniqueOrThrow({ where: { key: `rl:publicApi:address:${address}` } });
    expect(row.points).toBe(allowed + 1);
    expect((await callApi(policyVersionsEndpoint, db.prisma, "/api/v1/policy-versions")).status).toBe(200);
  });
});
