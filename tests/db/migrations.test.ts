// The migration runner (tooling/db/migrate.ts), the database clients (lib/db/client.ts,
// tooling/db/test-database.ts) and the hand-written integrity migration, on PGlite and, when
// TEST_DATABASE_URL is set, on PostgreSQL.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, openRawDatabase, resolveDatabaseUrl, type RawDatabase } from "../../lib/db/client";
import {
  applyMigrations,
  checksumMatches,
  MigrationError,
  readLocalMigrations,
  sha256Hex,
} from "../../tooling/db/migrate";
import { createPostgresDatabase, createTestDatabase, type TestDatabase } from "../../tooling/db/test-database";
import type { PrismaClient } from "../../lib/generated/prisma/client";

const PG_URL = process.env.TEST_DATABASE_URL;
const TIMEOUT = 60_000;
type Kind = "pglite" | "postgres";

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** A temporary migrations folder: { folderName: sql }. */
function migrationsFolder(migrations: Record<string, string>): string {
  const dir = tempDir("portal-migrations-");
  for (const [name, sql] of Object.entries(migrations)) writeMigration(dir, name, sql);
  return dir;
}

function writeMigration(dir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

interface Fresh {
  db: RawDatabase;
  url: string;
  cleanup(): Promise<void>;
}

/** An empty database of the given kind, with a raw connection (no Prisma). */
async function freshDatabase(kind: Kind): Promise<Fresh> {
  if (kind === "pglite") {
    const db = openRawDatabase("memory://");
    return { db, url: "memory://", cleanup: () => db.close() };
  }
  const scratch = await createPostgresDatabase("portal_migrate_");
  const db = openRawDatabase(scratch.url);
  return {
    db,
    url: scratch.url,
    async cleanup() {
      await db.close();
      await scratch.drop();
    },
  };
}

async function query<R = Record<string, unknown>>(db: RawDatabase, sql: string): Promise<R[]> {
  return db.raw.withSession((s) => s.query<R>(sql));
}

async function tableExists(db: RawDatabase, table: string): Promise<boolean> {
  const [row] = await query<{ exists: boolean }>(db, `SELECT to_regclass('"${table}"') IS NOT NULL AS exists`);
  return row!.exists;
}

async function recorded(db: RawDatabase): Promise<string[]> {
  const rows = await query<{ migration_name: string }>(
    db,
    `SELECT migration_name FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

const quiet = { log: false as const };

function runnerTests(kind: Kind) {
  let fresh: Fresh | undefined;
  const open = async () => (fresh = await freshDatabase(kind)).db;
  afterEach(async () => {
    await fresh?.cleanup();
    fresh = undefined;
  });

  it("applies the project's migrations in order, each once, and records them as Prisma does", async () => {
    const db = await open();
    const local = readLocalMigrations();
    expect(local.map((m) => m.name)).toEqual([...local.map((m) => m.name)].sort());
    expect(local.length).toBeGreaterThanOrEqual(2);

    const lines: string[] = [];
    const applied = await applyMigrations({ db, log: (line) => lines.push(line) });
    expect(applied).toEqual(local.map((m) => m.name));
    expect(lines).toContain(`applying 1 of ${local.length}: ${local[0]!.name} ...`);

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
    }>(db, `SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const [i, row] of rows.entries()) {
      const file = fs.readFileSync(local[i]!.file, "utf8");
      expect(row.checksum).toBe(sha256Hex(file));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }

    // Second run: nothing to do, nothing recorded twice.
    const again: string[] = [];
    expect(await applyMigrations({ db, log: (line) => again.push(line) })).toEqual([]);
    expect(again.join("\n")).toMatch(/up to date/);
    expect(await recorded(db)).toEqual(applied);
  });

  it("applies only the new migrations of a folder that grew", async () => {
    const db = await open();
    const dir = migrationsFolder({ "20260101000000_a": `CREATE TABLE a_table (id int);` });
    expect(await applyMigrations({ db, migrationsDir: dir, ...quiet })).toEqual(["20260101000000_a"]);
    writeMigration(dir, "20260102000000_b", `CREATE TABLE b_table (id int);`);
    writeMigration(dir, "20260103000000_c", `ALTER TABLE b_table ADD COLUMN name text;`);
    const lines: string[] = [];
    expect(await applyMigrations({ db, migrationsDir: dir, log: (l) => lines.push(l) })).toEqual([
      "20260102000000_b",
      "20260103000000_c",
    ]);
    expect(lines).toContain("applying 2 of 2: 20260103000000_c ...");
    expect(await recorded(db)).toEqual(["20260101000000_a", "20260102000000_b", "20260103000000_c"]);
  });

  it("rolls a failing migration back completely and names it in the error", async () => {
    const db = await open();
    const dir = migrationsFolder({
      "20260101000000_first": `CREATE TABLE first_table (id int);`,
      "20260102000000_broken": [
        `CREATE TABLE "BrokenFirst" (id int);`,
        `INSERT INTO first_table VALUES (1);`,
        `SELECT * FROM no_such_table;`,
      ].join("\n"),
      "20260103000000_after": `CREATE TABLE after_table (id int);`,
    });

    const error = await applyMigrations({ db, migrationsDir: dir, ...quiet }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    const message = (error as MigrationError).message;
    expect((error as MigrationError).migrationName).toBe("20260102000000_broken");
    expect(message).toContain('Migration "20260102000000_broken" failed');
    expect(message).toContain("no_such_table");
    expect(message).toContain("42P01");
    expect(message).toMatch(/line 3 of/);

    // The broken migration left nothing behind; the one before it stays; the one after never ran.
    expect(await tableExists(db, "BrokenFirst")).toBe(false);
    expect(await tableExists(db, "first_table")).toBe(true);
    expect(await query(db, `SELECT * FROM first_table`)).toEqual([]);
    expect(await tableExists(db, "after_table")).toBe(false);
    expect(await recorded(db)).toEqual(["20260101000000_first"]);

    // Fixed, it applies, followed by the rest.
    writeMigration(dir, "20260102000000_broken", `CREATE TABLE "BrokenFirst" (id int);`);
    expect(await applyMigrations({ db, migrationsDir: dir, ...quiet })).toEqual([
      "20260102000000_broken",
      "20260103000000_after",
    ]);
    expect(await tableExists(db, "BrokenFirst")).toBe(true);
  });

  it("refuses to run when an applied migration was changed", async () => {
    const db = await open();
    const dir = migrationsFolder({ "20260101000000_one": `CREATE TABLE one_table (id int);\n` });
    await applyMigrations({ db, migrationsDir: dir, ...quiet });

    // git's CRLF conversion is not a change (Prisma accepts it too).
    writeMigration(dir, "20260101000000_one", `CREATE TABLE one_table (id int);\r\n`);
    expect(await applyMigrations({ db, migrationsDir: dir, ...quiet })).toEqual([]);

    writeMigration(dir, "20260101000000_one", `CREATE TABLE one_table (id int, extra text);\n`);
    writeMigration(dir, "20260102000000_two", `CREATE TABLE two_table (id int);`);
    const error = await applyMigrations({ db, migrationsDir: dir, ...quiet }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/"20260101000000_one" was changed after being applied/);
    expect((error as MigrationError).migrationName).toBe("20260101000000_one");
    // Nothing else ran.
    expect(await tableExists(db, "two_table")).toBe(false);
    expect(await recorded(db)).toEqual(["20260101000000_one"]);
  });

  it("refuses a migration recorded as failed by another tool", async () => {
    const db = await open();
    const dir = migrationsFolder({ "20260101000000_one": `CREATE TABLE one_table (id int);` });
    await applyMigrations({ db, migrationsDir: dir, ...quiet });
    await db.raw.withSession((s) =>
      s.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
         VALUES ('00000000-0000-0000-0000-000000000001', 'x', '20260102000000_half', now(), 0)`,
      ),
    );
    await expect(applyMigrations({ db, migrationsDir: dir, ...quiet })).rejects.toThrow(
      /"20260102000000_half" was started .* but never finished/,
    );
  });

  it("refuses a migration that commits the runner's transaction itself", async () => {
    const db = await open();
    const dir = migrationsFolder({
      "20260101000000_tx": `BEGIN;\nCREATE TABLE tx_table (id int);\nCOMMIT;\n`,
    });
    await expect(applyMigrations({ db, migrationsDir: dir, ...quiet })).rejects.toThrow(
      /"20260101000000_tx" contains a top-level BEGIN/,
    );
    expect(await tableExists(db, "tx_table")).toBe(false);
    // plpgsql BEGIN … END inside a function body is fine.
    writeMigration(
      dir,
      "20260101000000_tx",
      `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$;\n`,
    );
    expect(await applyMigrations({ db, migrationsDir: dir, ...quiet })).toEqual(["20260101000000_tx"]);
  });

  it("opens and closes its own connection when given a URL", async () => {
    if (kind === "pglite") {
      // memory:// gives each open its own database, so use a data directory.
      const dataDir = path.join(tempDir("portal-pglite-"), "db");
      const dir = migrationsFolder({ "20260101000000_one": `CREATE TABLE one_table (id int);` });
      expect(await applyMigrations({ url: dataDir, migrationsDir: dir, ...quiet })).toEqual(["20260101000000_one"]);
      expect(await applyMigrations({ url: `file:${dataDir}`, migrationsDir: dir, ...quiet })).toEqual([]);
      expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
      return;
    }
    await open();
    const dir = migrationsFolder({ "20260101000000_one": `CREATE TABLE one_table (id int);` });
    expect(await applyMigrations({ url: fresh!.url, migrationsDir: dir, ...quiet })).toEqual(["20260101000000_one"]);
    expect(await tableExists(fresh!.db, "one_table")).toBe(true);
  });
}

describe("migration runner on PGlite", { timeout: TIMEOUT }, () => {
  runnerTests("pglite");
});

describe.skipIf(!PG_URL)("migration runner on PostgreSQL", { timeout: TIMEOUT }, () => {
  runnerTests("postgres");

  it("two app instances starting at once apply each migration exactly once", async () => {
    const scratch = await createPostgresDatabase("portal_migrate_");
    const instances = [openRawDatabase(scratch.url), openRawDatabase(scratch.url), openRawDatabase(scratch.url)];
    try {
      const dir = migrationsFolder({
        "20260101000000_slow": `CREATE TABLE counter (n int); INSERT INTO counter VALUES (1); SELECT pg_sleep(0.3);`,
        "20260102000000_bump": `UPDATE counter SET n = n + 1;`,
        "20260103000000_bump": `UPDATE counter SET n = n + 1;`,
      });
      const results = await Promise.all(
        instances.map((db) => applyMigrations({ db, migrationsDir: dir, ...quiet })),
      );
      expect(results.flat().sort()).toEqual(["20260101000000_slow", "20260102000000_bump", "20260103000000_bump"]);
      expect(await query(instances[0]!, `SELECT n FROM counter`)).toEqual([{ n: 3 }]);
      expect(await recorded(instances[0]!)).toHaveLength(3);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
      await scratch.drop();
    }
  });
});

// ───────────────────────────── clients ─────────────────────────────

describe("DATABASE_URL resolution", () => {
  it("maps each form to a database kind", () => {
    const cwd = "/srv/portal";
    expect(resolveDatabaseUrl(undefined, cwd)).toEqual({ kind: "pglite", dataDir: "/srv/portal/.data/pglite", inMemory: false });
    expect(resolveDatabaseUrl("", cwd)).toMatchObject({ kind: "pglite", dataDir: "/srv/portal/.data/pglite" });
    expect(resolveDatabaseUrl("./var/db", cwd)).toMatchObject({ kind: "pglite", dataDir: "/srv/portal/var/db" });
    expect(resolveDatabaseUrl("/data/db", cwd)).toMatchObject({ kind: "pglite", dataDir: "/data/db" });
    expect(resolveDatabaseUrl("file:./x", cwd)).toMatchObject({ kind: "pglite", dataDir: "/srv/portal/x" });
    expect(resolveDatabaseUrl("file:///data/x", cwd)).toMatchObject({ kind: "pglite", dataDir: "/data/x" });
    expect(resolveDatabaseUrl("memory://", cwd)).toEqual({ kind: "pglite", dataDir: "memory://", inMemory: true });
    expect(resolveDatabaseUrl("postgres://u:p@h:5432/d", cwd)).toEqual({ kind: "postgres", url: "postgres://u:p@h:5432/d" });
    expect(resolveDatabaseUrl("postgresql://h/d", cwd)).toMatchObject({ kind: "postgres" });
    expect(() => resolveDatabaseUrl("mysql://h/d", cwd)).toThrow(/unsupported scheme "mysql:"/);
  });

  it("computes checksums like Prisma", () => {
    expect(sha256Hex("hello")).toBe("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    expect(checksumMatches("a\r\nb\r\n", sha256Hex("a\nb\n"))).toBe(true);
    expect(checksumMatches("abc\n", sha256Hex("abc"))).toBe(false);
  });
});

describe("PGlite data directory", { timeout: TIMEOUT }, () => {
  it("migrates through the app's own client, persists, and can be opened by one holder at a time", async () => {
    const dataDir = path.join(tempDir("portal-pglite-"), "pglite");
    const first = createPrismaClient(dataDir);
    try {
      expect(first.kind).toBe("pglite");
      expect(await applyMigrations({ db: first, ...quiet })).toHaveLength(readLocalMigrations().length);
      await first.prisma.yearBudget.create({ data: { cityId: "nanchang", year: 2026, budgetFen: 123_456_789_012n } });
      expect(() => createPrismaClient(dataDir)).toThrow(/already open in this process/);
    } finally {
      await first.close();
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);

    // A lock left by a process that is gone is taken over.
    fs.writeFileSync(`${dataDir}.lock`, "99999999\n");
    const second = createPrismaClient(`file:${dataDir}`);
    try {
      expect(await applyMigrations({ db: second, ...quiet })).toEqual([]);
      expect(await second.prisma.yearBudget.findUnique({ where: { cityId_year: { cityId: "nanchang", year: 2026 } } })).toMatchObject({
        budgetFen: 123_456_789_012n,
      });
    } finally {
      await second.close();
      await second.close(); // idempotent
    }
  });
});

// ───────────────────────────── the integrity migration ─────────────────────────────

async function organisation(prisma: PrismaClient, creditCode: string) {
  return prisma.organisation.create({
    data: {
      kind: "ENTERPRISE",
      cityId: "nanchang",
      nameZh: "测试企业",
      creditCode,
      regionCode: "360100",
      inNanchang: true,
      district: "红谷滩区",
      address: "南昌",
      contactName: "张三",
      contactPhone: "13800000000",
      contactEmail: "a@example.com",
    },
  });
}

function integrityTests(kind: Kind) {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  }, TIMEOUT);
  afterAll(async () => {
    await db?.close();
  });

  it("starts migrated and empty", async () => {
    expect(db.kind).toBe(kind);
    expect(await db.prisma.organisation.count()).toBe(0);
    expect(await applyMigrations({ raw: db.raw, ...quiet })).toEqual([]);
  });

  it("round-trips BigInt money and runs interactive transactions", async () => {
    const big = 2n ** 62n + 7n;
    await db.prisma.yearBudget.create({ data: { cityId: "nanchang", year: 2030, budgetFen: big } });
    expect((await db.prisma.yearBudget.findUniqueOrThrow({ where: { cityId_year: { cityId: "nanchang", year: 2030 } } })).budgetFen).toBe(big);

    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.yearBudget.create({ data: { cityId: "nanchang", year: 2031, budgetFen: 1n } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db.prisma.yearBudget.findUnique({ where: { cityId_year: { cityId: "nanchang", year: 2031 } } })).toBeNull();
  });

  it("keeps an enterprise's yearly grants within 0..cap", async () => {
    const org = await organisation(db.prisma, `cap-${kind}`);
    const key = { organisationId_claimYear: { organisationId: org.id, claimYear: 2026 } };
    await db.prisma.enterpriseYearGrant.create({ data: { organisationId: org.id, claimYear: 2026, capFen: 1000 } });
    await db.prisma.enterpriseYearGrant.update({ where: key, data: { grantedFen: { increment: 1000 } } });
    await expect(
      db.prisma.enterpriseYearGrant.update({ where: key, data: { grantedFen: { increment: 1 } } }),
    ).rejects.toThrow(/EnterpriseYearGrant_grantedFen_within_cap/);
    await expect(db.prisma.enterpriseYearGrant.update({ where: key, data: { grantedFen: -1 } })).rejects.toThrow(
      /EnterpriseYearGrant_grantedFen_within_cap/,
    );
    expect((await db.prisma.enterpriseYearGrant.findUniqueOrThrow({ where: key })).grantedFen).toBe(1000);
  });

  it("keeps the ledger append-only and refuses zero entries", async () => {
    const org = await organisation(db.prisma, `ledger-${kind}`);
    const base = { rule: "A_OFFSHORE", claimYear: 2026, payeeKind: "ORGANISATION", organisationId: org.id, createdById: org.id } as const;
    const entry = await db.prisma.ledgerEntry.create({ data: { ...base, amountFen: 500, grantKey: `A:${org.id}` } });
    await expect(db.prisma.ledgerEntry.create({ data: { ...base, amountFen: 0 } })).rejects.toThrow(
      /LedgerEntry_amountFen_nonzero/,
    );
    await expect(db.prisma.ledgerEntry.update({ where: { id: entry.id }, data: { amountFen: 1 } })).rejects.toThrow(
      /LedgerEntry is append-only: UPDATE/,
    );
    await expect(db.prisma.ledgerEntry.delete({ where: { id: entry.id } })).rejects.toThrow(
      /LedgerEntry is append-only: DELETE/,
    );
    // Deleting the payee would SET NULL its ledger entries: refused as well.
    await expect(db.prisma.organisation.delete({ where: { id: org.id } })).rejects.toThrow(/append-only/);
    // A reversal is the way to correct.
    await db.prisma.ledgerEntry.create({ data: { ...base, amountFen: -500, reversesId: entry.id } });
    expect(await db.prisma.ledgerEntry.aggregate({ where: { organisationId: org.id }, _sum: { amountFen: true } })).toEqual({
      _sum: { amountFen: 0 },
    });
  });

  it("keeps the audit log append-only", async () => {
    const row = await db.prisma.auditEntry.create({
      data: { action: "test", result: "ok", prevHash: "0".repeat(64), hash: `h-${kind}` },
    });
    expect(typeof row.seq).toBe("bigint");
    await expect(db.prisma.auditEntry.update({ where: { seq: row.seq }, data: { result: "edited" } })).rejects.toThrow(
      /AuditEntry is append-only: UPDATE/,
    );
    await expect(db.prisma.auditEntry.deleteMany({})).rejects.toThrow(/AuditEntry is append-only: DELETE/);
    expect(await db.prisma.auditEntry.count()).toBe(1);
  });

  it("refuses negative offshore contract amounts", async () => {
    const org = await organisation(db.prisma, `offshore-${kind}`);
    const claim = await db.prisma.offshoreClaim.create({
      data: { claimNo: `A-${kind}`, cityId: "nanchang", organisationId: org.id, claimYear: 2026, createdById: org.id },
    });
    const line = {
      claimId: claim.id,
      lineNo: 1,
      clientName: "Client",
      clientCountry: "US",
      serviceCategory: "SOFTWARE",
      fxReceiptDate: new Date("2026-03-01"),
    } as const;
    const big = 3_000_000_000n; // 30 million USD in cents: beyond Int4
    await db.prisma.offshoreContractLine.create({
      data: { ...line, contractRegNo: "R1", contractValueUsdCents: big, executedUsdCents: big },
    });
    await expect(
      db.prisma.offshoreContractLine.create({
        data: { ...line, contractRegNo: "R2", contractValueUsdCents: 1n, executedUsdCents: -1n },
      }),
    ).rejects.toThrow(/OffshoreContractLine_amounts_nonnegative/);
    await expect(
      db.prisma.offshoreContractLine.create({
        data: { ...line, contractRegNo: "R3", contractValueUsdCents: -1n, executedUsdCents: 0n },
      }),
    ).rejects.toThrow(/OffshoreContractLine_amounts_nonnegative/);
  });
}

describe("integrity rules on PGlite", { timeout: TIMEOUT }, () => {
  integrityTests("pglite");
});

describe.skipIf(!PG_URL)("integrity rules on PostgreSQL", { timeout: TIMEOUT }, () => {
  integrityTests("postgres");
});
