// The migrations produce exactly prisma/schema.prisma: Prisma's schema engine (wasm, offline)
// diffs a freshly migrated database against the schema and must find nothing, on PGlite and,
// when TEST_DATABASE_URL is set, on PostgreSQL. CHECK constraints and triggers of the
// integrity migration are invisible to that diff; the tests check that they are there.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRawDatabase, type RawDatabase } from "../../lib/db/client";
import { applyMigrations } from "../../tooling/db/migrate";
import { databaseToSchemaSql, migrationsToSchemaSql } from "../../tooling/db/schema-engine";
import { createPostgresDatabase, type ScratchPostgresDatabase } from "../../tooling/db/test-database";

const PG_URL = process.env.TEST_DATABASE_URL;
const TIMEOUT = 120_000;

async function integrityObjects(db: RawDatabase) {
  return db.raw.withSession(async (s) => ({
    checks: (
      await s.query<{ conname: string }>(
        `SELECT conname FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace ORDER BY conname`,
      )
    ).map((r) => r.conname),
    triggers: (
      await s.query<{ tgname: string }>(`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`)
    ).map((r) => r.tgname),
  }));
}

const EXPECTED = {
  checks: [
    "ApiIdempotentRequest_key_length",
    "ApiKey_expiry_within_year",
    "ApiKey_revocation_complete",
    "ApiKey_scopes_known",
    "BankAccountChange_one_payee",
    "CityDistrict_code_shape",
    "CityDistrict_names",
    "City_division_prefixes",
    "City_id_slug",
    "EnterpriseYearGrant_grantedFen_within_cap",
    "FxReceipt_values",
    "LedgerEntry_amountFen_nonzero",
    "OffshoreContractLine_amounts_nonnegative",
    "Organisation_closed",
    "PolicyVersion_draft_has_drafter",
    "PolicyVersion_four_eyes_publish",
    "PolicyVersion_revision_positive",
    "StaffPost_release_by_reviewer",
    "StaffPost_staff_role",
    "StatisticsExecution_contract_amount",
    "StatisticsExecution_values",
    "UsdRate_values",
    "User_staff_city",
    "VerificationImport_counts",
    "WorkingDayCalendarYear_has_days_off",
    "WorkingDayCalendarYear_year_range",
  ],
  triggers: ["AuditEntry_append_only", "LedgerEntry_append_only", "Organisation_open_credit_code"],
};

describe("schema drift", { timeout: TIMEOUT }, () => {
  it("the migrations folder already produces prisma/schema.prisma (db:new-migration says no changes)", async () => {
    expect(await migrationsToSchemaSql()).toBe("");
  });

  describe("on PGlite", () => {
    let db: RawDatabase;
    beforeAll(async () => {
      db = openRawDatabase("memory://");
      await applyMigrations({ db, log: false });
    }, TIMEOUT);
    afterAll(async () => {
      await db?.close();
    });

    it("a migrated database matches the schema", async () => {
      expect(await integrityObjects(db)).toEqual(EXPECTED);
      expect(await databaseToSchemaSql({ pglite: db.pglite })).toBe("");
    });

    it("and the check is not vacuous: a missing index is reported", async () => {
      await db.raw.withSession((s) => s.exec(`DROP INDEX "AuditEntry_actorId_idx"`));
      const sql = await databaseToSchemaSql({ pglite: db.pglite });
      expect(sql).toContain(`CREATE INDEX "AuditEntry_actorId_idx"`);
    });
  });

  describe.skipIf(!PG_URL)("on PostgreSQL", () => {
    let scratch: ScratchPostgresDatabase;
    let db: RawDatabase;
    beforeAll(async () => {
      scratch = await createPostgresDatabase("portal_drift_");
      db = openRawDatabase(scratch.url);
      await applyMigrations({ db, log: false });
    }, TIMEOUT);
    afterAll(async () => {
      await db?.close();
      await scratch?.drop();
    });

    it("a migrated database matches the schema", async () => {
      expect(await integrityObjects(db)).toEqual(EXPECTED);
      expect(await databaseToSchemaSql({ url: scratch.url })).toBe("");
      expect(await databaseToSchemaSql({ pool: db.pool })).toBe("");
    });

    it("and the check is not vacuous: a changed column is reported", async () => {
      await db.raw.withSession((s) => s.exec(`ALTER TABLE "User" ALTER COLUMN "locale" DROP DEFAULT`));
      const sql = await databaseToSchemaSql({ url: scratch.url });
      expect(sql).toMatch(/ALTER TABLE "User" ALTER COLUMN "locale" SET DEFAULT 'zh-CN'/);
    });
  });
});
