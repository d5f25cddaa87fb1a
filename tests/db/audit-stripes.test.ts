// The striped audit log (bench/README.md, S3): independent hash chains chosen by the target,
// one lock per stripe. Appends to different stripes do not wait for each other; appends to one
// stripe queue and never fork; entries written before striping (stripe 0) stay valid.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { AUDIT_CHAIN_STRIPES, AUDIT_GENESIS_HASH, auditGenesisHash, auditStripeFor, computeAuditHash } from "@/lib/audit/audit-hash";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { applyTestSecrets, DATABASE_KINDS } from "./test-env";

applyTestSecrets();

/** `count` target ids of type "Probe" that fall in `stripe`. */
function targetsInStripe(stripe: number, count: number, prefix: string): string[] {
  const ids: string[] = [];
  for (let i = 0; ids.length < count; i++) if (auditStripeFor("Probe", `${prefix}-${i}`) === stripe) ids.push(`${prefix}-${i}`);
  return ids;
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Fails instead of hanging when `promise` does not settle in time. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not done after ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe.each(DATABASE_KINDS)("striped audit chain on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("keeps entries written as one chain before striping valid, and chains new entries per stripe", async () => {
    // Two entries the way the single chain wrote them (no stripe column: the default, 0).
    let prev = AUDIT_GENESIS_HASH;
    for (const action of ["legacy.one", "legacy.two"]) {
      const row = { at: new Date(), actorId: null, actorRole: null, action, targetType: "Probe", targetId: action, result: "success", details: null, ipAddress: null };
      const hash = computeAuditHash(prev, row);
      await db.prisma.$executeRaw`
        INSERT INTO "AuditEntry" ("at", "action", "targetType", "targetId", "result", "prevHash", "hash")
        VALUES (${row.at}, ${action}, 'Probe', ${action}, 'success', ${prev}, ${hash})`;
      prev = hash;
    }
    const stripe3 = targetsInStripe(3, 2, "p3");
    const stripe0 = targetsInStripe(0, 1, "p0");
    for (const targetId of [...stripe3, ...stripe0]) {
      await db.prisma.$transaction((tx) => appendAuditEntry(tx, { action: "probe", targetType: "Probe", targetId, result: "success" }));
    }
    await db.prisma.$transaction((tx) => appendAuditEntry(tx, { action: "no-target", result: "success" }));

    const rows = await db.prisma.auditEntry.findMany({ orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.chain)).toEqual([0, 0, 3, 3, 0, 0]);
    // Stripe 3 starts at its own genesis; stripe 0 continues the legacy chain.
    expect(rows[2]!.prevHash).toBe(auditGenesisHash(3));
    expect(rows[3]!.prevHash).toBe(rows[2]!.hash);
    expect(rows[4]!.prevHash).toBe(rows[1]!.hash);
    expect(rows[5]!.prevHash).toBe(rows[4]!.hash);
    expect(await verifyAuditChain(db.prisma)).toEqual({ valid: true, checked: 6, stripes: 2 });
  });

  it("keeps a transaction's entries in the stripe of its first one", async () => {
    const [a] = targetsInStripe(5, 1, "first");
    const [b] = targetsInStripe(9, 1, "second");
    await db.prisma.$transaction(async (tx) => {
      await appendAuditEntry(tx, { action: "multi.1", targetType: "Probe", targetId: a!, result: "success" });
      await appendAuditEntry(tx, { action: "multi.2", targetType: "Probe", targetId: b!, result: "success" });
    });
    const rows = await db.prisma.auditEntry.findMany({ where: { action: { startsWith: "multi." } }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.chain)).toEqual([5, 5]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
  });

  it("reports the stripe that breaks", async () => {
    const [t] = targetsInStripe(7, 1, "tamper");
    await db.prisma.$transaction((tx) => appendAuditEntry(tx, { action: "tamper.me", targetType: "Probe", targetId: t!, result: "success" }));
    const victim = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "tamper.me" } });
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`),
      db.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "result" = 'failure' WHERE "seq" = ${victim.seq}`),
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`),
    ]);
    const report = await verifyAuditChain(db.prisma);
    expect(report).toMatchObject({ valid: false, chain: 7, brokenAtSeq: victim.seq, reason: "hash-mismatch" });
    // The other stripes were still checked in full.
    expect(report.checked).toBe((await db.prisma.auditEntry.count()) - 1);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("striped audit chain under concurrency (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
  });
  afterAll(async () => db?.close());

  async function waitingForAdvisoryLock(): Promise<number> {
    const rows = await db.prisma.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
    return Number(rows[0]!.n);
  }

  it("lets appends to other stripes commit while one stripe's lock is held, and queues the same stripe", async () => {
    const [held, sameStripe] = targetsInStripe(2, 2, "held");
    const [other] = targetsInStripe(11, 1, "other");
    const appended = deferred();
    const release = deferred();
    // Transaction A appends to stripe 2 and keeps its lock until released.
    const a = db.prisma.$transaction(
      async (tx) => {
        await appendAuditEntry(tx, { action: "hold", targetType: "Probe", targetId: held!, result: "success" });
        appended.resolve();
        await release.promise;
      },
      { timeout: 30_000 },
    );
    await within(appended.promise, 15_000, "transaction A's append");

    // Stripe 11 does not wait for A.
    await within(
      db.prisma.$transaction((tx) => appendAuditEntry(tx, { action: "other-stripe", targetType: "Probe", targetId: other!, result: "success" })),
      15_000,
      "an append to another stripe while stripe 2 is locked",
    );
    expect(await db.prisma.auditEntry.count({ where: { action: "other-stripe" } })).toBe(1);
    expect(await db.prisma.auditEntry.count({ where: { action: "hold" } })).toBe(0); // A has not committed

    // Stripe 2 does: the append waits on the advisory lock until A commits.
    let cDone = false;
    const c = db.prisma
      .$transaction((tx) => appendAuditEntry(tx, { action: "same-stripe", targetType: "Probe", targetId: sameStripe!, result: "success" }), { timeout: 30_000 })
      .then(() => (cDone = true));
    for (let i = 0; i < 200 && (await waitingForAdvisoryLock()) === 0; i++) await new Promise((r) => setImmediate(r));
    expect(await waitingForAdvisoryLock()).toBe(1);
    expect(cDone).toBe(false);
    release.resolve();
    await within(a, 15_000, "transaction A");
    await within(c, 15_000, "the queued append to stripe 2");

    const [hold, same] = await Promise.all([
      db.prisma.auditEntry.findFirstOrThrow({ where: { action: "hold" } }),
      db.prisma.auditEntry.findFirstOrThrow({ where: { action: "same-stripe" } }),
    ]);
    expect([hold.chain, same.chain]).toEqual([2, 2]);
    expect(same.prevHash).toBe(hold.hash);
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
  });

  it("never forks a stripe under many concurrent appends", async () => {
    const targets = [...targetsInStripe(4, 20, "race"), ...Array.from({ length: 20 }, (_, i) => `spread-${i}`)];
    await Promise.all(
      targets.map((targetId) =>
        db.prisma.$transaction((tx) => appendAuditEntry(tx, { action: "race", targetType: "Probe", targetId, result: "success" }), { maxWait: 60_000, timeout: 60_000 }),
      ),
    );
    const rows = await db.prisma.auditEntry.findMany({ orderBy: { seq: "asc" } });
    const stripe4 = rows.filter((r) => r.chain === 4);
    expect(stripe4.length).toBeGreaterThanOrEqual(20);
    // One linear chain: every entry's predecessor is the previous entry of its stripe.
    for (let k = 0; k < AUDIT_CHAIN_STRIPES; k++) {
      const chain = rows.filter((r) => r.chain === k);
      chain.forEach((r, i) => expect(r.prevHash).toBe(i === 0 ? auditGenesisHash(k) : chain[i - 1]!.hash));
    }
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true, checked: rows.length });
  });
});
