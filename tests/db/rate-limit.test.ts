// Throttling of sign-up, invitations, password changes, uploads, objections and every
// unauthenticated POST (lib/throttle): counts live in the database, so several app instances
// share them. On PostgreSQL a second Prisma client on the same database stands for a second
// instance; PGlite is in-process (one instance), so there the limit itself is checked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type DatabaseHandle } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { DomainError } from "@/lib/errors/domain-error";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";
import { RATE_LIMITS } from "@/lib/throttle/rate-limit-policy";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

async function outcome(promise: Promise<void>): Promise<"ok" | "throttled"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof DomainError && error.code === "throttled") return "throttled";
    throw error;
  }
}

describe.each(DATABASE_KINDS)("rate limits in the database on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("refuses sign-up from an address past its hourly allowance, and not another address", async () => {
    const allowed = RATE_LIMITS.signUp.perAddress.points;
    for (let i = 0; i < allowed; i++) expect(await outcome(consumeRateLimit(db.prisma, "signUp", { address: "203.0.113.7" }))).toBe("ok");
    const refused = await consumeRateLimit(db.prisma, "signUp", { address: "203.0.113.7" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("throttled");
    expect((refused as DomainError).params?.minutes).toBeGreaterThanOrEqual(1);
    expect(await outcome(consumeRateLimit(db.prisma, "signUp", { address: "203.0.113.8" }))).toBe("ok");
    // The count is a row of the migration's table, not process memory.
    const row = await db.prisma.rateLimit.findUniqueOrThrow({ where: { key: "rl:signUp:address:203.0.113.7" } });
    expect(row.points).toBe(allowed + 1);
    expect(Number(row.expire)).toBeGreaterThan(Date.now());
  });

  it("counts per account as well as per address: a new address does not reset an account's password changes", async () => {
    const account = crypto.randomUUID();
    const allowed = RATE_LIMITS.passwordChange.perAccount.points;
    for (let i = 0; i < allowed; i++) {
      expect(await outcome(consumeRateLimit(db.prisma, "passwordChange", { address: `198.51.100.${i}`, accountId: account }))).toBe("ok");
    }
    expect(await outcome(consumeRateLimit(db.prisma, "passwordChange", { address: "198.51.100.200", accountId: account }))).toBe("throttled");
    expect(await outcome(consumeRateLimit(db.prisma, "passwordChange", { address: "198.51.100.200", accountId: crypto.randomUUID() }))).toBe("ok");
  });

  it("starts counting afresh once the window has passed", async () => {
    const address = "192.0.2.55";
    for (let i = 0; i < RATE_LIMITS.signUp.perAddress.points; i++) await consumeRateLimit(db.prisma, "signUp", { address });
    expect(await outcome(consumeRateLimit(db.prisma, "signUp", { address }))).toBe("throttled");
    // The window ran out (moved into the past, as time would).
    await db.prisma.rateLimit.update({ where: { key: `rl:signUp:address:${address}` }, data: { expire: BigInt(Date.now() - 1000) } });
    expect(await outcome(consumeRateLimit(db.prisma, "signUp", { address }))).toBe("ok");
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("rate limits shared by two app instances on postgres", () => {
  let db: TestDatabase;
  let second: DatabaseHandle;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    second = createPrismaClient(db.url);
  });
  afterAll(async () => {
    await second?.close();
    await db?.close();
  });

  it("counts requests on either instance against one allowance", async () => {
    const address = "203.0.113.99";
    const allowed = RATE_LIMITS.signUp.perAddress.points;
    const instances = [db.prisma, second.prisma];
    for (let i = 0; i < allowed; i++) expect(await outcome(consumeRateLimit(instances[i % 2]!, "signUp", { address }))).toBe("ok");
    expect(await outcome(consumeRateLimit(second.prisma, "signUp", { address }))).toBe("throttled");
    expect(await outcome(consumeRateLimit(db.prisma, "signUp", { address }))).toBe("throttled");
  });

  it("lets exactly the allowance through when both instances are hit at once", async () => {
    const accountId = crypto.randomUUID();
    const allowed = RATE_LIMITS.objection.perAccount.points;
    const results = await Promise.all(
      Array.from({ length: allowed * 2 }, (_, i) => outcome(consumeRateLimit(i % 2 ? second.prisma : db.prisma, "objection", { accountId }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(allowed);
    expect(results.filter((r) => r === "throttled")).toHaveLength(allowed);
  });
});
