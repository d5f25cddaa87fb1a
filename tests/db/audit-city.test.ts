// The audit log by city (issue 22, AuditEntry.cityId): every entry records the city it was written
// in without its caller naming it; an administrator's listing and export are their city's entries
// only, by any filter; row-level security hides another city's entries inside a city's transaction
// and refuses to write them there, without forking a stripe shared by the cities; the city is
// covered by the hash of every new entry, and the chain keeps verifying over the entries written
// before the column existed (back-filled by the migration, tested on a database migrated in two
// steps).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { auditGenesisHash, auditStripeFor, computeAuditHash, computeKeyedAuditHash, type AuditHashInput } from "@/lib/audit/audit-hash";
import { auditKeyringFromEnv } from "@/lib/audit/audit-keys";
import { exportAuditEntries } from "@/lib/audit/export-audit-entries";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { saveCalendarYearFromInput } from "@/lib/calendar/save-calendar-year";
import { inCityTransaction } from "@/lib/db/city-scope";
import { exportLabels } from "@/lib/exports/export-labels";
import { approveClaim } from "@/lib/review/approve-claim";
import { createOffshoreClaim, createOrganisationWithUser, createStaff, offshoreLine, staffActor } from "@/prisma/seed/factories";
import { ensureSecondCity, SECOND_CITY, SECOND_CITY_REGION } from "@/prisma/seed/second-city";
import { placeholderCalendarYear } from "@/prisma/seed/seed-calendar";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readLocalMigrations } from "@/tooling/db/migrate";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { reviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const NC = "nanchang";
const CS = SECOND_CITY.id;
const CITY_MIGRATION = "20261207195219_audit_entry_city";

type Administrator = { id: string; role: "ADMINISTRATOR"; cityId: string };

/** Lifts the append-only trigger for one statement, as someone with the owner's rights could. */
async function asOwner(db: TestDatabase, sql: string): Promise<void> {
  await db.prisma.$transaction([
    db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`),
    db.prisma.$executeRawUnsafe(sql),
    db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`),
  ]);
}

describe.each(DATABASE_KINDS)("the audit log by city on %s", (kind) => {
  let db: TestDatabase;
  const claims = {} as Record<"nc" | "cs", { id: string; claimNo: string; version: number }>;
  const reviewers = {} as Record<"nc" | "cs", ReturnType<typeof staffActor> & { email: string }>;
  const admins = {} as Record<"nc" | "cs", Administrator>;

  const claimIn = async (region: string) => {
    const enterprise = await createOrganisationWithUser(db.prisma, { region });
    const claim = await createOffshoreClaim(db.prisma, enterprise.actor, {
      claimYear: 2024,
      submit: true,
      lines: [offshoreLine({ executedUsd: "250000.00", contractValueUsd: "250000.00", fxReceiptDate: "2024-06-30" })],
    });
    return db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id }, select: { id: true, claimNo: true, version: true } });
  };
  const staff = async (city: string, role: "REVIEWER" | "ADMINISTRATOR", name: string) => {
    const email = `${role.toLowerCase()}-${city}-${crypto.randomUUID()}@bureau.test`;
    return { ...staffActor(await createStaff(db.prisma, { email, name, role, cityId: city })), email };
  };
  const list = (admin: Administrator, query: Record<string, string> = {}) => listAuditEntries(db.prisma, parseAuditFilter(query).filter, admin.cityId, 500);
  const exported = async (admin: Administrator, query: Record<string, string> = {}) => {
    const text = await new Response(await exportAuditEntries(db.prisma, admin, parseAuditFilter(query).filter, { format: "csv", labels: exportLabels("en") })).text();
    return text;
  };
  const entryOf = (action: string, targetId: string) => db.prisma.auditEntry.findFirstOrThrow({ where: { action, targetId }, orderBy: { seq: "desc" } });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureSecondCity(db.prisma);
    // The fixture's reviewer: it also puts Nanchang's built-in policy versions and the calendar in place.
    const ncReviewer = await reviewer(db.prisma);
    reviewers.nc = { ...ncReviewer, email: (await db.prisma.user.update({ where: { id: ncReviewer.id }, data: { name: "南昌审核员" } })).email };
    reviewers.cs = await staff(CS, "REVIEWER", "长沙审核员");
    admins.nc = (await staff(NC, "ADMINISTRATOR", "南昌管理员")) as Administrator;
    admins.cs = (await staff(CS, "ADMINISTRATOR", "长沙管理员")) as Administrator;
    claims.nc = await claimIn("360106");
    claims.cs = await claimIn(SECOND_CITY_REGION);
    await approveClaim(db.prisma, reviewers.nc, { kind: "OFFSHORE", claimId: claims.nc.id, version: claims.nc.version });
    await approveClaim(db.prisma, reviewers.cs, { kind: "OFFSHORE", claimId: claims.cs.id, version: claims.cs.version });
  });
  afterAll(async () => db?.close());

  it("records the city of every entry: a reviewer's decision, the applicant's submission, staff accounts", async () => {
    expect(await entryOf("review.approve", claims.nc.id)).toMatchObject({ cityId: NC, actorId: reviewers.nc.id });
    expect(await entryOf("review.approve", claims.cs.id)).toMatchObject({ cityId: CS, actorId: reviewers.cs.id });
    // The applicants' submissions run outside a city's transaction: the member's organisation's city.
    const submissions = await db.prisma.auditEntry.findMany({ where: { targetId: { in: [claims.nc.id, claims.cs.id] }, actorRole: { not: "REVIEWER" } } });
    expect(submissions.length).toBeGreaterThan(0);
    for (const e of submissions) expect(e.cityId).toBe(e.targetId === claims.cs.id ? CS : NC);
    // Creating a staff account (no actor: the seed) is in the new account's city.
    expect((await entryOf("user.create-staff", reviewers.cs.id)).cityId).toBe(CS);
    expect(await db.prisma.auditEntry.count({ where: { targetId: claims.cs.id, cityId: { not: CS } } })).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { targetId: claims.nc.id, cityId: { not: NC } } })).toBe(0);
  });

  it("shows the Changsha administrator Changsha's entries only, by any filter, and Nanchang's its own", async () => {
    const cs = await list(admins.cs);
    expect(cs.rows.map((r) => r.targetId)).toContain(claims.cs.id);
    expect(cs.rows.every((r) => r.raw.cityId === CS)).toBe(true);
    expect(cs.rows.map((r) => r.targetId)).not.toContain(claims.nc.id);
    expect(cs.total).toBe(await db.prisma.auditEntry.count({ where: { cityId: CS } }));
    // Asked for by name, number, id or actor, Nanchang's entries are still not there.
    const queries: Array<Record<string, string>> = [{ target: claims.nc.claimNo }, { target: claims.nc.id }, { actor: reviewers.nc.email }, { action: "review.approve" }];
    for (const query of queries) {
      const { rows } = await list(admins.cs, query);
      expect(rows.filter((r) => r.targetId === claims.nc.id || r.raw.cityId !== CS), JSON.stringify(query)).toEqual([]);
    }
    expect((await list(admins.cs, { action: "review.approve" })).rows.map((r) => r.targetId)).toEqual([claims.cs.id]);

    const nc = await list(admins.nc);
    expect(nc.rows.map((r) => r.targetId)).toContain(claims.nc.id);
    expect(nc.rows.every((r) => r.raw.cityId === NC)).toBe(true);
    expect((await list(admins.nc, { target: claims.cs.id })).total).toBe(0);
    expect((await list(admins.nc, { actor: reviewers.cs.email })).total).toBe(0);
  });

  it("exports the administrator's city only, and audits the export in that city", async () => {
    const cs = await exported(admins.cs);
    expect(cs).toContain(claims.cs.id);
    expect(cs).not.toContain(claims.nc.id);
    expect(cs).not.toContain("南昌审核员");
    const csRows = Papa.parse<string[]>(cs, { skipEmptyLines: true }).data.slice(1);
    // Every row but the export's own entry (written before the rows are read) is counted in Changsha.
    expect(csRows.length).toBe(await db.prisma.auditEntry.count({ where: { cityId: CS } }));
    expect(await exported(admins.cs, { target: claims.nc.claimNo })).not.toContain(claims.nc.id);

    const nc = await exported(admins.nc, { action: "review.approve" });
    expect(nc).toContain(claims.nc.id);
    expect(nc).not.toContain(claims.cs.id);
    const exports = await db.prisma.auditEntry.findMany({ where: { action: "audit.export" }, select: { actorId: true, cityId: true } });
    expect(exports).toEqual(expect.arrayContaining([{ actorId: admins.cs.id, cityId: CS }, { actorId: admins.nc.id, cityId: NC }]));
  });

  it("keeps deployment-wide entries (the calendar, a key rotation) out of every city's log", async () => {
    await saveCalendarYearFromInput(db.prisma, admins.nc, placeholderCalendarYear(2031));
    await db.prisma.$transaction((tx) => appendAuditEntry(tx, { action: "audit.key-rotated", result: "success" }));
    expect((await entryOf("calendar.save-year", "2031")).cityId).toBeNull();
    expect((await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "audit.key-rotated" } })).cityId).toBeNull();
    for (const admin of [admins.nc, admins.cs]) {
      expect((await list(admin, { action: "calendar.save-year" })).total).toBe(0);
      expect((await list(admin)).rows.filter((r) => r.raw.cityId === null)).toEqual([]);
    }
    // A caller may still say so itself.
    await db.prisma.$transaction((tx) => appendAuditEntry(tx, { actorId: admins.cs.id, action: "audit.export", targetType: "AuditLog", result: "success", cityId: null }));
    expect((await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "audit.export" }, orderBy: { seq: "desc" } })).cityId).toBeNull();
  });

  it("row-level security: inside Changsha no Nanchang or deployment-wide entry is read, and none is written", async () => {
    const seen = await inCityTransaction(db.prisma, CS, async (tx) => ({
      entries: await tx.auditEntry.findMany({ select: { cityId: true, targetId: true } }),
      raw: await tx.$queryRaw<Array<{ cityId: string | null }>>`SELECT "cityId" FROM "AuditEntry"`,
      byTarget: await tx.auditEntry.count({ where: { targetId: claims.nc.id } }),
    }));
    expect(seen.entries.length).toBeGreaterThan(0);
    expect(new Set(seen.entries.map((e) => e.cityId))).toEqual(new Set([CS]));
    expect(new Set(seen.raw.map((e) => e.cityId))).toEqual(new Set([CS]));
    expect(seen.byTarget).toBe(0);
    // Outside a city (the verifier, anchors, backups) every entry is there.
    expect(await db.prisma.auditEntry.count({ where: { OR: [{ cityId: NC }, { cityId: null }] } })).toBeGreaterThan(0);

    // Writing another city's entry, or a deployment-wide one, inside Changsha is refused.
    for (const cityId of [NC, null]) {
      await expect(
        inCityTransaction(db.prisma, CS, (tx) => appendAuditEntry(tx, { actorId: reviewers.cs.id, action: "review.assign", targetType: "OffshoreClaim", targetId: claims.cs.id, result: "success", cityId })),
      ).rejects.toThrow(/row-level security|violates/i);
    }
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
  });

  it("an append inside a city chains onto its stripe's newest entry even when that one is another city's", async () => {
    // Two entries of one stripe (same target), the newest Nanchang's: Changsha's append cannot see
    // it under row-level security, and must still chain onto it.
    const targetId = crypto.randomUUID();
    await inCityTransaction(db.prisma, NC, (tx) => appendAuditEntry(tx, { actorId: reviewers.nc.id, action: "review.assign", targetType: "Probe", targetId, result: "success" }));
    const ncEntry = await entryOf("review.assign", targetId);
    expect(ncEntry.cityId).toBe(NC);
    await inCityTransaction(db.prisma, CS, (tx) => appendAuditEntry(tx, { actorId: reviewers.cs.id, action: "review.unassign", targetType: "Probe", targetId, result: "success" }));
    const csEntry = await entryOf("review.unassign", targetId);
    expect(csEntry).toMatchObject({ cityId: CS, chain: ncEntry.chain, prevHash: ncEntry.hash });
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
  });

  it("covers the city with the hash: moving a new entry to another city's log, or out of every one, breaks the chain", async () => {
    const victim = await entryOf("review.approve", claims.nc.id);
    await asOwner(db, `UPDATE "AuditEntry" SET "cityId" = '${CS}' WHERE "seq" = ${victim.seq}`);
    const moved = await verifyAuditChain(db.prisma);
    expect(moved.valid).toBe(false);
    expect(moved.valid ? null : moved.breaks.find((b) => b.chain === victim.chain)).toMatchObject({ brokenAtSeq: victim.seq, reason: "hash-mismatch" });
    await asOwner(db, `UPDATE "AuditEntry" SET "cityId" = NULL WHERE "seq" = ${victim.seq}`);
    expect((await verifyAuditChain(db.prisma)).valid).toBe(false);
    // A deployment-wide entry given a city breaks it too.
    const global = await entryOf("calendar.save-year", "2031");
    await asOwner(db, `UPDATE "AuditEntry" SET "cityId" = '${NC}' WHERE "seq" = ${victim.seq}`);
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
    await asOwner(db, `UPDATE "AuditEntry" SET "cityId" = '${CS}' WHERE "seq" = ${global.seq}`);
    expect((await verifyAuditChain(db.prisma)).valid).toBe(false);
    await asOwner(db, `UPDATE "AuditEntry" SET "cityId" = NULL WHERE "seq" = ${global.seq}`);
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
  });
});

describe.each(DATABASE_KINDS)("the migration that adds the city, over an existing audit log, on %s", (kind) => {
  let db: TestDatabase;
  let before: string;
  beforeAll(async () => {
    // Every migration before the city column, as a deployment has them today.
    before = fs.mkdtempSync(path.join(os.tmpdir(), "portal-audit-city-"));
    for (const m of readLocalMigrations(DEFAULT_MIGRATIONS_DIR)) {
      if (m.name >= CITY_MIGRATION) continue;
      fs.cpSync(path.join(DEFAULT_MIGRATIONS_DIR, m.name), path.join(before, m.name), { recursive: true });
    }
    fs.copyFileSync(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
    db = await createTestDatabase(kind, { migrationsDir: before });
  });
  afterAll(async () => {
    await db?.close();
    if (before) fs.rmSync(before, { recursive: true, force: true });
  });

  it("back-fills the city from the actor or the target, leaves the rest deployment-wide, and the chain still verifies", async () => {
    await db.prisma.city.create({ data: { id: CS, nameZh: SECOND_CITY.nameZh, nameEn: SECOND_CITY.nameEn, divisionPrefixes: [...SECOND_CITY.divisionPrefixes], bureauNameZh: SECOND_CITY.bureauNameZh, bureauNameEn: SECOND_CITY.bureauNameEn } });
    const user = (cityId: string) =>
      db.prisma.user.create({ data: { email: `old-${crypto.randomUUID()}@bureau.test`, name: "old", passwordHash: "x", role: "REVIEWER", cityId } });
    const ncStaff = await user(NC);
    const csStaff = await user(CS);

    // Entries as the release before wrote them (no city column; keyed after a first unkeyed one),
    // all in one stripe ("Probe" entries with one target) plus the ones in their own stripes.
    const key = auditKeyringFromEnv().current;
    const heads = new Map<number, string>();
    let at = Date.now() - 60_000;
    const old = async (e: Partial<AuditHashInput> & { action: string }, keyed = true) => {
      const row: AuditHashInput = { at: new Date(at++), actorId: null, actorRole: null, targetType: null, targetId: null, result: "success", details: null, ipAddress: null, ...e };
      const chain = auditStripeFor(row.targetType, row.targetId);
      const prevHash = heads.get(chain) ?? auditGenesisHash(chain);
      const hash = keyed ? computeKeyedAuditHash(key, prevHash, row) : computeAuditHash(prevHash, row);
      heads.set(chain, hash);
      await db.prisma.$executeRaw`
        INSERT INTO "AuditEntry" ("at", "actorId", "action", "targetType", "targetId", "result", "chain", "prevHash", "hash", "hashKeyId")
        VALUES (${row.at}, ${row.actorId}::uuid, ${row.action}, ${row.targetType}, ${row.targetId}, 'success', ${chain}, ${prevHash}, ${hash}, ${keyed ? key.id : null})`;
      return hash;
    };
    const probe = crypto.randomUUID();
    await old({ action: "legacy.unkeyed", actorId: ncStaff.id, targetType: "Probe", targetId: probe }, false);
    await old({ action: "old.nanchang-actor", actorId: ncStaff.id, targetType: "Probe", targetId: probe });
    await old({ action: "old.changsha-actor", actorId: csStaff.id, targetType: "Probe", targetId: probe });
    await old({ action: "old.changsha-target", targetType: "User", targetId: csStaff.id });
    await old({ action: "old.calendar", actorId: ncStaff.id, targetType: "WorkingDayCalendarYear", targetId: "2030" });
    await old({ action: "old.nothing" });
    await old({ action: "old.unknown-target", targetType: "OffshoreClaim", targetId: crypto.randomUUID() });
    await old({ action: "old.not-a-uuid", targetType: "OffshoreClaim", targetId: "not-a-uuid" });

    // The release with the city column.
    expect(await applyMigrations({ raw: db.raw, log: false })).toEqual(readLocalMigrations(DEFAULT_MIGRATIONS_DIR).map((m) => m.name).filter((n) => n >= CITY_MIGRATION));
    const cityOf = async (action: string) => (await db.prisma.auditEntry.findFirstOrThrow({ where: { action } })).cityId;
    expect(await cityOf("legacy.unkeyed")).toBe(NC);
    expect(await cityOf("old.nanchang-actor")).toBe(NC);
    expect(await cityOf("old.changsha-actor")).toBe(CS);
    expect(await cityOf("old.changsha-target")).toBe(CS);
    for (const action of ["old.calendar", "old.nothing", "old.unknown-target", "old.not-a-uuid"]) expect(await cityOf(action), action).toBeNull();
    const report = await verifyAuditChain(db.prisma);
    expect(report).toMatchObject({ valid: true, checked: 8 });

    // New entries chain on in the same stripes, hashed with their city; the whole log verifies.
    await db.prisma.$transaction((tx) => appendAuditEntry(tx, { actorId: csStaff.id, action: "new.changsha", targetType: "Probe", targetId: probe, result: "success" }));
    await inCityTransaction(db.prisma, NC, (tx) => appendAuditEntry(tx, { actorId: ncStaff.id, action: "new.nanchang", targetType: "Probe", targetId: probe, result: "success" }));
    expect(await cityOf("new.changsha")).toBe(CS);
    expect(await cityOf("new.nanchang")).toBe(NC);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true, checked: 10 });

    // Once a stripe has an entry hashed with its city, an entry after it that claims a city its
    // hash does not cover is refused (an old-form entry may follow only with no city: an instance
    // of the previous release during a rolling deploy).
    const last = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "new.nanchang" } });
    const rollingRow: AuditHashInput = { at: new Date(), actorId: null, actorRole: null, action: "old-release.write", targetType: "Probe", targetId: probe, result: "success", details: null, ipAddress: null };
    const rollingHash = computeKeyedAuditHash(key, last.hash, rollingRow);
    await db.prisma.$executeRaw`
      INSERT INTO "AuditEntry" ("at", "action", "targetType", "targetId", "result", "chain", "prevHash", "hash", "hashKeyId")
      VALUES (${rollingRow.at}, ${rollingRow.action}, 'Probe', ${probe}, 'success', ${last.chain}, ${last.hash}, ${rollingHash}, ${key.id})`;
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
    const rolling = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "old-release.write" } });
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`),
      db.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "cityId" = '${CS}' WHERE "seq" = ${rolling.seq}`),
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`),
    ]);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: false, brokenAtSeq: rolling.seq, reason: "hash-mismatch" });
  });
});
