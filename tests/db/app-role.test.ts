// The app's own database role (README, "Production"; tooling/scripts/app-role.ts). PostgreSQL only:
// PGlite has one user, so there is no second role to restrict there.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createPrismaClient, type DatabaseHandle } from "@/lib/db/client";
import { applyMigrations } from "@/tooling/db/migrate";
import { migrateDatabase } from "@/tooling/db/migrate-app-database";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createJobQueue } from "@/lib/jobs/job-queue";
import { appRoleSql } from "@/tooling/scripts/app-role";
import { createOrganisationWithUser } from "@/prisma/seed/factories";
import { applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.skipIf(!process.env.TEST_DATABASE_URL)("the app's database role (PostgreSQL)", () => {
  const role = `portal_app_${randomBytes(4).toString("hex")}`;
  let owner: TestDatabase;
  let app: DatabaseHandle;
  let appUrl: string;

  beforeAll(async () => {
    owner = await createTestDatabase("postgres");
    // The job queue's schema exists before the role is made, as on a database the app used as owner.
    const boss = createJobQueue(owner);
    await boss.start();
    await boss.stop({ graceful: false, close: false });
    await owner.raw.withSession((s) => s.exec(appRoleSql(role)));
    const url = new URL(owner.url);
    url.username = role;
    url.password = "";
    appUrl = url.toString();
    app = createPrismaClient(appUrl);
  });
  afterAll(async () => {
    await app?.close();
    await owner?.close();
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    await admin.end();
  });

  it("connects as a role that is not the tables' owner", async () => {
    const [row] = await app.prisma.$queryRaw<Array<{ me: string; owner: string }>>`
      SELECT current_user AS me, tableowner AS owner FROM pg_tables WHERE tablename = 'AuditEntry'`;
    expect(row!.me).toBe(role);
    expect(row!.owner).not.toBe(role);
  });

  it("cannot disable the append-only trigger, nor change, delete, truncate, alter or drop the audit log", async () => {
    await app.prisma.$transaction((tx) => appendAuditEntry(tx, { action: "role.probe", result: "success" }));
    const attempts = [
      `ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`,
      `ALTER TABLE "AuditEntry" DISABLE TRIGGER ALL`,
      `UPDATE "AuditEntry" SET "result" = 'failure'`,
      `DELETE FROM "AuditEntry"`,
      `TRUNCATE "AuditEntry"`,
      `ALTER TABLE "AuditEntry" ADD COLUMN "x" int`,
      `DROP TABLE "AuditEntry"`,
      `DROP TRIGGER "AuditEntry_append_only" ON "AuditEntry"`,
      `DELETE FROM "LedgerEntry"`,
      `CREATE TABLE "Intruder" (id int)`,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'x', 'x')`,
    ];
    for (const sql of attempts) {
      await expect(app.prisma.$executeRawUnsafe(sql), sql).rejects.toThrow(/permission denied|must be owner|must be the owner/);
    }
    expect(await app.prisma.auditEntry.count({ where: { action: "role.probe" } })).toBe(1);
    expect((await verifyAuditChain(app.prisma)).valid).toBe(true);
  });

  it("does the app's ordinary work: reads and writes rows, appends audit entries, runs the job queue, checks migrations", async () => {
    // A sign-up (organisation, user, audit entry in one transaction), an update and a delete.
    const { organisation, user } = await createOrganisationWithUser(app.prisma);
    await app.prisma.organisation.update({ where: { id: organisation.id }, data: { address: "南昌市东湖区 2 号" } });
    await app.prisma.$transaction(async (tx) => {
      await tx.session.deleteMany({ where: { userId: user.id } });
      await appendAuditEntry(tx, { action: "role.write", targetType: "Probe", targetId: "1", result: "success" });
    });
    expect(await app.prisma.organisation.count({ where: { id: organisation.id, address: "南昌市东湖区 2 号" } })).toBe(1);
    expect(await app.prisma.auditEntry.count({ where: { action: "role.write" } })).toBe(1);
    // Nothing pending: the app's start-up check runs without the right to create the migrations table.
    expect(await applyMigrations({ url: appUrl, log: false })).toEqual([]);
    // pg-boss creates a queue (a new partition table) in the schema the role owns.
    const boss = createJobQueue(app);
    await boss.start();
    try {
      await boss.createQueue("role-probe");
      const id = await boss.send("role-probe", { ok: true });
      expect(id).toBeTruthy();
    } finally {
      await boss.stop({ graceful: false, close: false });
    }
  });

  it("applies a new migration as MIGRATION_DATABASE_URL's owner while the app runs as its role, which may then use the new table", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-migrations-"));
    const saved = { DATABASE_URL: process.env.DATABASE_URL, MIGRATION_DATABASE_URL: process.env.MIGRATION_DATABASE_URL };
    try {
      fs.cpSync("prisma/migrations", dir, { recursive: true });
      fs.mkdirSync(path.join(dir, "29990101000000_role_probe"));
      fs.writeFileSync(path.join(dir, "29990101000000_role_probe", "migration.sql"), `CREATE TABLE "RoleProbe" ("id" SERIAL PRIMARY KEY, "note" TEXT);`);
      process.env.DATABASE_URL = appUrl;
      // As the app's role alone the new migration cannot be applied...
      delete process.env.MIGRATION_DATABASE_URL;
      await expect(migrateDatabase({ migrationsDir: dir, log: false })).rejects.toThrow(/permission denied/);
      // ...as the owner it is, and the default privileges give the app its rows.
      process.env.MIGRATION_DATABASE_URL = owner.url;
      expect(await migrateDatabase({ migrationsDir: dir, log: false })).toEqual(["29990101000000_role_probe"]);
      const [row] = await app.prisma.$queryRaw<Array<{ owner: string }>>`SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'RoleProbe'`;
      expect(row!.owner).not.toBe(role);
      await app.prisma.$executeRawUnsafe(`INSERT INTO "RoleProbe" ("note") VALUES ('ok')`);
      await expect(app.prisma.$executeRawUnsafe(`ALTER TABLE "RoleProbe" ADD COLUMN "x" int`)).rejects.toThrow(/must be owner|must be the owner/);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
