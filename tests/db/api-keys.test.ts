// Organisation API keys (issue 21 item 4): made, listed and revoked by members; the API with a key
// reads the organisation's own claims and writes offshore drafts with an idempotency key. Every
// answer is checked against the OpenAPI document (tests/db/api-client.ts). PGlite and PostgreSQL.
import { IDEMPOTENCY_RETENTION_HOURS, purgeIdempotentRequests } from "@/lib/api-keys/purge-idempotent-requests";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimEndpoint, claimsEndpoint, offshoreClaimsEndpoint } from "@/lib/api/v1/endpoints";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { hashApiKey } from "@/lib/api-keys/api-key-token";
import { listApiKeysForOrganisation } from "@/lib/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { NotFoundError } from "@/lib/errors/domain-error";
import { todayInChina } from "@/lib/eligibility";
import { saveOffshoreClaimDraftFromInput } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { createApiKeySchema } from "@/lib/schemas/api-key";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";
import { RATE_LIMITS } from "@/lib/throttle/rate-limit-policy";
import { createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { callApi, freshAddress } from "./api-client";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

interface ErrorBody {
  error: { status: number; code: string; message: string; fields: Array<{ field: string; code: string; message: string }> };
}
const errorOf = (body: unknown) => (body as ErrorBody).error;
const bearer = (key: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${key}`, ...extra });

function inDays(days: number): string {
  const date = new Date(`${todayInChina()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe.each(DATABASE_KINDS)("organisation API keys on %s", (kind) => {
  let db: TestDatabase;
  let enterprise: Awaited<ReturnType<typeof createOrganisationWithUser>>;
  let other: Awaited<ReturnType<typeof createOrganisationWithUser>>;
  let institution: Awaited<ReturnType<typeof createOrganisationWithUser>>;
  let ownClaimId: string;
  let otherClaimId: string;

  const newKey = async (owner = enterprise, scopes: Array<"claims:read" | "claims:write"> = ["claims:read"]) =>
    createApiKey(db.prisma, owner.actor, createApiKeySchema.parse({ name: `key ${scopes.join("+")}`, scopes, expiresOn: inDays(30) }));

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
    enterprise = await createOrganisationWithUser(db.prisma);
    other = await createOrganisationWithUser(db.prisma);
    institution = await createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION" });
    ownClaimId = (await saveOffshoreClaimDraftFromInput(db.prisma, enterprise.actor, { claimYear: 2024, onshoreUsd: "0", lines: [offshoreLine()] })).id;
    otherClaimId = (await saveOffshoreClaimDraftFromInput(db.prisma, other.actor, { claimYear: 2024, onshoreUsd: "0", lines: [offshoreLine()] })).id;
  });
  afterAll(async () => db?.close());

  it("stores the hash of a new key, never the key; lists it to every member with who made it; audits the creation", async () => {
    const created = await newKey(enterprise, ["claims:read", "claims:write"]);
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);
    const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretHash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key.slice(created.prefix.length + 1));
    expect(row).toMatchObject({ organisationId: enterprise.organisation.id, cityId: "nanchang", scopes: ["claims:read", "claims:write"], revokedAt: null, lastUsedAt: null });
    const listed = await listApiKeysForOrganisation(db.prisma, enterprise.organisation.id);
    expect(listed.find((k) => k.id === created.id)).toMatchObject({ prefix: created.prefix, createdBy: { name: expect.any(String) } });
    expect(listed.some((k) => "secretHash" in k)).toBe(false);
    expect(await listApiKeysForOrganisation(db.prisma, other.organisation.id)).toEqual([]);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "api-key.create", targetId: created.id } });
    expect(JSON.stringify(audit.details)).not.toContain(created.key);
  });

  it("refuses no scope, an expiry today or more than a year on, and an unvetted organisation", async () => {
    expect(createApiKeySchema.safeParse({ name: "x", scopes: [], expiresOn: inDays(10) }).error?.issues[0]?.message).toBe("apiKeyScopesRequired");
    expect(createApiKeySchema.safeParse({ name: "x", scopes: ["claims:read"], expiresOn: inDays(0) }).error?.issues[0]?.message).toBe("apiKeyExpiry");
    expect(createApiKeySchema.safeParse({ name: "x", scopes: ["claims:read"], expiresOn: inDays(366) }).error?.issues[0]?.message).toBe("apiKeyExpiry");
    expect(createApiKeySchema.safeParse({ name: "x", scopes: ["claims:admin"], expiresOn: inDays(10) }).success).toBe(false);
    const pending = await createOrganisationWithUser(db.prisma, { vetted: false });
    await expect(newKey(pending)).rejects.toMatchObject({ code: "organisationNotVetted" });
    expect(await db.prisma.apiKey.count({ where: { organisationId: pending.organisation.id } })).toBe(0);
  });

  it("reads the organisation's own claims, paged; another organisation's claim is 404; each use audited and lastUsedAt set", async () => {
    const { id, key, prefix } = await newKey();
    const list = await callApi(claimsEndpoint, db.prisma, "/api/v1/claims?pageSize=10", { headers: bearer(key) });
    expect(list.status).toBe(200);
    const body = list.body as { total: number; items: Array<{ id: string; kind: string }> };
    expect(body.items.map((c) => c.id)).toEqual([ownClaimId]);
    expect(body).toMatchObject({ page: 1, pageSize: 10, total: 1, pageCount: 1 });
    const one = await callApi(claimEndpoint, db.prisma, `/api/v1/claims/${ownClaimId}`, { headers: bearer(key), id: ownClaimId });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: ownClaimId, kind: "offshore", status: "DRAFT", offshore: { lines: [expect.objectContaining({ lineNo: 1 })] }, training: null });
    const theirs = await callApi(claimEndpoint, db.prisma, `/api/v1/claims/${otherClaimId}`, { headers: bearer(key), id: otherClaimId });
    expect(theirs.status).toBe(404);
    expect(errorOf(theirs.body).code).toBe("not_found");
    const junk = await callApi(claimEndpoint, db.prisma, "/api/v1/claims/nope", { headers: bearer(key), id: "nope" });
    expect(junk.status).toBe(404);
    const byCity = await callApi(claimsEndpoint, db.prisma, "/api/v1/cities/nanchang/claims", { headers: bearer(key), city: "nanchang" });
    expect((byCity.body as { items: unknown[] }).items).toHaveLength(1);
    const badQuery = await callApi(claimsEndpoint, db.prisma, "/api/v1/claims?page=0", { headers: bearer(key) });
    expect(badQuery.status).toBe(422);
    const uses = await db.prisma.auditEntry.findMany({ where: { action: "api-key.use", targetId: id }, orderBy: { seq: "asc" } });
    expect(uses.map((u) => (u.details as { status: number }).status)).toEqual([200, 200, 404, 404, 200, 422]);
    expect(uses.every((u) => (u.details as { prefix: string }).prefix === prefix && !JSON.stringify(u.details).includes(key))).toBe(true);
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    // An institution's key sees its training claims only (none yet), never an enterprise's.
    const inst = await newKey(institution);
    const instList = await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(inst.key) });
    expect(instList.body).toMatchObject({ total: 0, items: [] });
    const instOne = await callApi(claimEndpoint, db.prisma, `/api/v1/claims/${ownClaimId}`, { headers: bearer(inst.key), id: ownClaimId });
    expect(instOne.status).toBe(404);
  });

  it("answers 401 with WWW-Authenticate for no key, an unknown key, a revoked key (at once) and an expired key", async () => {
    const none = await callApi(claimsEndpoint, db.prisma, "/api/v1/claims");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect(errorOf(none.body).code).toBe("unauthorized");
    const unknown = await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(`nck_00000000_${"A".repeat(43)}`) });
    expect(unknown.status).toBe(401);

    const { id, key } = await newKey();
    expect((await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(key) })).status).toBe(200);
    await revokeApiKey(db.prisma, enterprise.actor, id);
    const revoked = await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(key) });
    expect(revoked.status).toBe(401);
    expect(await db.prisma.auditEntry.count({ where: { action: "api-key.revoke", targetId: id } })).toBe(1);
    // Revoking again writes nothing; another organisation's member cannot revoke (not found).
    await revokeApiKey(db.prisma, enterprise.actor, id);
    expect(await db.prisma.auditEntry.count({ where: { action: "api-key.revoke", targetId: id } })).toBe(1);
    const live = await newKey();
    await expect(revokeApiKey(db.prisma, other.actor, live.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: live.id } })).revokedAt).toBeNull();

    const expiring = await newKey();
    await db.prisma.apiKey.update({ where: { id: expiring.id }, data: { createdAt: new Date(Date.now() - 3 * 86_400_000), expiresAt: new Date(Date.now() - 1000) } });
    const expired = await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(expiring.key) });
    expect(expired.status).toBe(401);
  });

  it("stops a key whose maker's account is disabled (401), and lets it work again when re-enabled", async () => {
    const colleague = await createOrganisationWithUser(db.prisma);
    const { key } = await newKey(colleague);
    expect((await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(key) })).status).toBe(200);
    await db.prisma.user.update({ where: { id: colleague.user.id }, data: { disabledAt: new Date() } });
    expect((await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(key) })).status).toBe(401);
    await db.prisma.user.update({ where: { id: colleague.user.id }, data: { disabledAt: null } });
    expect((await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(key) })).status).toBe(200);
  });

  it("refuses a key used on another city's path (404) and an unknown city (404)", async () => {
    await db.prisma.city.upsert({ where: { id: "jiujiang" }, create: { id: "jiujiang", nameZh: "九江市", nameEn: "Jiujiang", divisionPrefixes: ["3604"], bureauNameZh: "九江市商务局", bureauNameEn: "Jiujiang Municipal Bureau of Commerce" }, update: {} });
    const { key } = await newKey();
    const elsewhere = await callApi(claimsEndpoint, db.prisma, "/api/v1/cities/jiujiang/claims", { headers: bearer(key), city: "jiujiang" });
    expect(elsewhere.status).toBe(404);
    expect(errorOf(elsewhere.body).code).toBe("not_found");
    const atlantis = await callApi(claimsEndpoint, db.prisma, "/api/v1/cities/atlantis/claims", { headers: bearer(key), city: "atlantis" });
    expect(errorOf(atlantis.body).code).toBe("unknown_city");
  });

  describe("POST offshore-claims", () => {
    const draftBody = (year: number, extra: Record<string, unknown> = {}) => ({ claimYear: year, onshoreUsd: "1000.00", lines: [offshoreLine()], ...extra });

    it("refuses a claims:read key (403 insufficient_scope), and writes nothing", async () => {
      const { key } = await newKey(enterprise, ["claims:read"]);
      const answer = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", { json: draftBody(2023), headers: bearer(key, { "idempotency-key": "r-1" }) });
      expect(answer.status).toBe(403);
      expect(errorOf(answer.body).code).toBe("insufficient_scope");
      expect(answer.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
      expect(await db.prisma.offshoreClaim.count({ where: { organisationId: enterprise.organisation.id, claimYear: 2023 } })).toBe(0);
    });

    it("keeps an idempotency key's answer for a day: after that the key is fresh, and the daily purge removes old answers", async () => {
      const { key } = await newKey(enterprise, ["claims:read", "claims:write"]);
      const body = draftBody(2019);
      const first = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", { json: body, headers: bearer(key, { "idempotency-key": "old-key" }) });
      expect(first.status).toBe(201);
      // A day and a minute later (the stored answer backdated), another body under the same key is no conflict.
      await db.prisma.apiIdempotentRequest.updateMany({ where: { idempotencyKey: "old-key" }, data: { createdAt: new Date(Date.now() - (IDEMPOTENCY_RETENTION_HOURS * 60 + 1) * 60_000) } });
      const claim = first.body as { id: string; version: number };
      const later = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", {
        json: { ...body, claimId: claim.id, version: claim.version, onshoreUsd: "5000.00" },
        headers: bearer(key, { "idempotency-key": "old-key" }),
      });
      expect(later.status).toBe(200);
      expect(await db.prisma.apiIdempotentRequest.count({ where: { idempotencyKey: "old-key" } })).toBe(1);
      // The purge deletes what is past the retention and nothing newer.
      await db.prisma.apiIdempotentRequest.updateMany({ where: { idempotencyKey: "old-key" }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
      const kept = await db.prisma.apiIdempotentRequest.count();
      expect(await purgeIdempotentRequests(db.prisma)).toBe(1);
      expect(await db.prisma.apiIdempotentRequest.count()).toBe(kept - 1);
    });

    it("creates a draft once for an idempotency key, replays it for the same body, refuses another body", async () => {
      const { id, key } = await newKey(enterprise, ["claims:read", "claims:write"]);
      const body = draftBody(2022);
      const first = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", { json: body, headers: bearer(key, { "idempotency-key": "import-2022-a" }) });
      expect(first.status).toBe(201);
      const claim = first.body as { id: string; version: number; status: string; offshore: { onshoreUsdCents: number } };
      expect(claim).toMatchObject({ status: "DRAFT", offshore: { onshoreUsdCents: 100000 } });
      const again = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", { json: body, headers: bearer(key, { "idempotency-key": "import-2022-a" }) });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(await db.prisma.offshoreClaim.count({ where: { organisationId: enterprise.organisation.id, claimYear: 2022 } })).toBe(1);
      const different = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", {
        json: { ...body, onshoreUsd: "2000.00" },
        headers: bearer(key, { "idempotency-key": "import-2022-a" }),
      });
      expect(different.status).toBe(409);
      expect(errorOf(different.body).code).toBe("idempotency_conflict");
      // An update with claimId and version, under a new key; a stale version is 409.
      const update = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", {
        json: { ...body, claimId: claim.id, version: claim.version, onshoreUsd: "3000.00" },
        headers: bearer(key, { "idempotency-key": "import-2022-b" }),
      });
      expect(update.status).toBe(200);
      expect(update.body).toMatchObject({ id: claim.id, version: claim.version + 1, offshore: { onshoreUsdCents: 300000 } });
      const stale = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", {
        json: { ...body, claimId: claim.id, version: claim.version },
        headers: bearer(key, { "idempotency-key": "import-2022-c" }),
      });
      expect(stale.status).toBe(409);
      expect(errorOf(stale.body).code).toBe("claim_conflict");
      const missing = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", { json: body, headers: bearer(key) });
      expect(missing.status).toBe(400);
      expect(errorOf(missing.body).code).toBe("idempotency_key_missing");
      // Each write is audited with the claim's own entry and one use of the key, in one transaction.
      const uses = await db.prisma.auditEntry.findMany({ where: { action: "api-key.use", targetId: id }, orderBy: { seq: "asc" } });
      expect(uses.map((u) => [(u.details as { status: number }).status, (u.details as { replayed?: boolean }).replayed ?? false])).toEqual([
        [201, false],
        [201, true],
        [409, false],
        [200, false],
        [409, false],
        [400, false],
      ]);
      expect(await db.prisma.auditEntry.count({ where: { action: "offshore-claim.create-draft", targetId: claim.id } })).toBe(1);
      expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
    });

    it("answers the same retry sent twice at once alike, with one draft written", async () => {
      const { key } = await newKey(enterprise, ["claims:write"]);
      const body = draftBody(2020);
      const send = () => callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", { json: body, headers: bearer(key, { "idempotency-key": "twice-at-once" }) });
      const [a, b] = await Promise.all([send(), send()]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body).toEqual(b.body);
      expect(await db.prisma.offshoreClaim.count({ where: { organisationId: enterprise.organisation.id, claimYear: 2020 } })).toBe(1);
    });

    it("answers 422 field by field for a bad body (unknown fields too) and writes nothing; an institution's key gets 404", async () => {
      const { key } = await newKey(enterprise, ["claims:write"]);
      const before = await db.prisma.offshoreClaim.count();
      const bad = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", {
        json: { claimYear: 2021, onshoreUsd: "abc", lines: [{ ...offshoreLine(), executedUsd: "900000.00", contractValueUsd: "1.00", colour: "red" }], status: "APPROVED" },
        headers: bearer(key, { "idempotency-key": "bad-1" }),
      });
      expect(bad.status).toBe(422);
      const fields = errorOf(bad.body).fields.map((f) => f.field).sort();
      expect(fields).toEqual(expect.arrayContaining(["onshoreUsd", "lines[0].colour", "status"]));
      expect(await db.prisma.offshoreClaim.count()).toBe(before);
      expect(await db.prisma.apiIdempotentRequest.count({ where: { idempotencyKey: "bad-1" } })).toBe(0);
      const taken = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", {
        json: draftBody(2024),
        headers: bearer(key, { "idempotency-key": "dup-year" }),
      });
      expect(taken.status).toBe(422);
      expect(errorOf(taken.body).fields[0]).toMatchObject({ field: "claimYear", code: "claimYearTaken" });
      const inst = await newKey(institution, ["claims:write"]);
      const notTheirs = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", { json: draftBody(2021), headers: bearer(inst.key, { "idempotency-key": "i-1" }) });
      expect(notTheirs.status).toBe(404);
      const get = await callApi(offshoreClaimsEndpoint, db.prisma, "/api/v1/offshore-claims", { method: "GET", headers: bearer(key) });
      expect(get.status).toBe(405);
    });
  });

  it("limits per key across addresses and per address, with 429 and Retry-After", async () => {
    const { id, key } = await newKey();
    for (let i = 0; i < RATE_LIMITS.keyedApi.perAccount.points; i++) await consumeRateLimit(db.prisma, "keyedApi", { accountId: id });
    const perKey = await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(key), address: freshAddress() });
    expect(perKey.status).toBe(429);
    expect(Number(perKey.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(errorOf(perKey.body).code).toBe("rate_limited");

    const fresh = await newKey();
    const address = freshAddress();
    for (let i = 0; i < RATE_LIMITS.keyedApi.perAddress.points; i++) await consumeRateLimit(db.prisma, "keyedApi", { address });
    const perAddress = await callApi(claimsEndpoint, db.prisma, "/api/v1/claims", { headers: bearer(fresh.key), address });
    expect(perAddress.status).toBe(429);
    expect(perAddress.headers.get("retry-after")).toMatch(/^\d+$/);
    // Neither refusal counted as a use of the key.
    expect(await db.prisma.auditEntry.count({ where: { action: "api-key.use", targetId: { in: [id, fresh.id] } } })).toBe(0);
  });
});
