import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { setYearBudgetFromInput } from "@/lib/dashboard/set-year-budget";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { approveClaim } from "@/lib/review/approve-claim";
import { createOffshoreClaim, createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { reviewer, submittedOffshoreClaim } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("dashboard and audit chain on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("sums a year's claims, grants and budget", async () => {
    const r = await reviewer(db.prisma);
    const a = await submittedOffshoreClaim(db.prisma, "300000.00");
    await submittedOffshoreClaim(db.prisma, "400000.00");
    await submittedOffshoreClaim(db.prisma, "250000.00", 2023);
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: a.claim.id, version: a.claim.version });
    await setYearBudgetFromInput(db.prisma, { id: r.id, role: "ADMINISTRATOR", cityId: r.cityId! }, { year: 2024, budgetYuan: "10,000,000.00" });
    const d = await getDashboard(db.prisma, 2024, "nanchang");
    expect(d.byStatusKind).toEqual(
      expect.arrayContaining([
        { kind: "OFFSHORE", status: "IN_NOTICE", count: 1, amountFen: 60_000_00 },
        { kind: "OFFSHORE", status: "SUBMITTED", count: 1, amountFen: 80_000_00 },
      ]),
    );
    expect(d.grantedFen).toBe(60_000_00);
    expect(d.paidFen).toBe(0);
    expect(d.budgetFen).toBe(10_000_000_00);
    expect(d.business.offshoreUsdCents).toBe(700_000_00);
    // 700,000 USD against 250,000 the year before: +180 %.
    expect(d.business.growthBasisPoints).toBe(18_000);
    expect(d.byCategory[0]).toMatchObject({ category: "SOFTWARE", count: 2 });
  });

  it("compares a year still running with the same months of the year before, not with the whole year", async () => {
    await ensureBuiltInPolicyVersions(db.prisma);
    const claim = async (claimYear: number, lines: Array<[string, string]>) => {
      const enterprise = await createOrganisationWithUser(db.prisma);
      await createOffshoreClaim(db.prisma, enterprise.actor, {
        claimYear,
        submit: true,
        lines: lines.map(([executedUsd, fxReceiptDate]) => offshoreLine({ executedUsd, contractValueUsd: executedUsd, fxReceiptDate })),
      });
    };
    await claim(2021, [["250000.00", "2021-06-30"], ["500000.00", "2021-11-15"]]);
    await claim(2022, [["300000.00", "2022-06-30"]]);
    // 15 August 2022: January to July are over. 300,000 against 250,000 in the same months: +20 %
    // (against the whole of 2021, 750,000, it would read -60 %).
    const running = await getDashboard(db.prisma, 2022, "nanchang", new Date("2022-08-15T04:00:00Z"));
    expect(running.business).toMatchObject({ growthBasis: "sameMonths", growthMonths: 7, growthBasisPoints: 2000 });
    // In January no month is over yet: no figure.
    expect((await getDashboard(db.prisma, 2022, "nanchang", new Date("2022-01-20T04:00:00Z"))).business).toMatchObject({ growthBasis: "notComplete", growthBasisPoints: null });
    // Once the year is over, whole years: 300,000 against 750,000.
    expect((await getDashboard(db.prisma, 2022, "nanchang", new Date("2023-01-01T00:00:00+08:00"))).business).toMatchObject({ growthBasis: "fullYear", growthBasisPoints: -6000 });
  });

  it("verifies the chain, and finds the row someone tampered with", async () => {
    const before = await verifyAuditChain(db.prisma);
    expect(before.valid).toBe(true);
    expect(before.checked).toBeGreaterThan(5);
    const victim = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "review.approve" } });
    // The trigger refuses the edit...
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "result" = 'failure' WHERE "seq" = ${victim.seq}`)).rejects.toThrow(/append-only/);
    // ...so a tamperer with owner rights must switch it off first; verification still finds it.
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`),
      db.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "details" = '{"amountFen": 1}' WHERE "seq" = ${victim.seq}`),
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`),
    ]);
    const after = await verifyAuditChain(db.prisma);
    expect(after).toMatchObject({ valid: false, brokenAtSeq: victim.seq, reason: "hash-mismatch" });
  });
});
