// Several cities on one deployment (issue 22), slice 3: isolation in the database, not only in
// code. Inside a transaction that has entered a city (lib/db/city-scope.ts), a deliberately
// unscoped query — no city in its `where` — sees none of another city's rows, and a write of
// another city's row is refused by the database; outside one (migrations, seeds, jobs) every row
// is there. On both databases: on PGlite the only user is a superuser, so this also proves the
// step down to the role the policies bind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterCity, inCityTransaction } from "@/lib/db/city-scope";
import { approveClaim } from "@/lib/review/approve-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, createStaff, offshoreLine, staffActor } from "@/prisma/seed/factories";
import { ensureSecondCity, SECOND_CITY, SECOND_CITY_REGION } from "@/prisma/seed/second-city";
import { reviewer as nanchangReviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const NC = "nanchang";
const CS = SECOND_CITY.id;

describe.each(DATABASE_KINDS)("row-level security by city on %s", (kind) => {
  let db: TestDatabase;
  let ncClaimId: string;
  let csClaimId: string;
  let csOrganisationId: string;

  const claimIn = async (region: string) => {
    const enterprise = await createOrganisationWithUser(db.prisma, { region });
    const claim = await createOffshoreClaim(db.prisma, enterprise.actor, {
      claimYear: 2024,
      submit: true,
      lines: [offshoreLine({ executedUsd: "250000.00", contractValueUsd: "250000.00", fxReceiptDate: "2024-06-30" })],
    });
    return { claim, organisationId: enterprise.organisation.id };
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await nanchangReviewer(db.prisma);
    await ensureSecondCity(db.prisma);
    ncClaimId = (await claimIn("360106")).claim.id;
    const cs = await claimIn(SECOND_CITY_REGION);
    csClaimId = cs.claim.id;
    csOrganisationId = cs.organisationId;
  });
  afterAll(async () => db?.close());

  it("outside a city (migrations, seeds, jobs) every city's rows are visible", async () => {
    const ids = (await db.prisma.offshoreClaim.findMany({ select: { id: true } })).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([ncClaimId, csClaimId]));
  });

  it("inside a city, an unscoped query sees only that city's rows, on every city-scoped table", async () => {
    const seen = await inCityTransaction(db.prisma, NC, async (tx) => ({
      claims: await tx.offshoreClaim.findMany({ select: { id: true, cityId: true } }),
      organisations: await tx.organisation.findMany({ select: { cityId: true } }),
      policies: await tx.policyVersion.findMany({ select: { cityId: true } }),
      raw: await tx.$queryRaw<Array<{ cityId: string }>>`SELECT "cityId" FROM "OffshoreClaim"`,
      otherById: await tx.offshoreClaim.findUnique({ where: { id: csClaimId }, select: { id: true } }),
    }));
    expect(seen.claims.map((c) => c.id)).toContain(ncClaimId);
    for (const rows of [seen.claims, seen.organisations, seen.policies, seen.raw]) {
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.cityId))).toEqual(new Set([NC]));
    }
    expect(seen.otherById).toBeNull();

    const fromChangsha = await inCityTransaction(db.prisma, CS, (tx) => tx.offshoreClaim.findMany({ select: { id: true } }));
    expect(fromChangsha.map((c) => c.id)).toEqual([csClaimId]);
  });

  it("inside a city, the database refuses to change or create another city's rows", async () => {
    const updated = await inCityTransaction(db.prisma, NC, (tx) =>
      tx.organisation.updateMany({ where: { id: csOrganisationId }, data: { nameEn: "Moved by Nanchang" } }),
    );
    expect(updated.count).toBe(0);
    await expect(
      inCityTransaction(db.prisma, NC, (tx) =>
        tx.yearBudget.create({ data: { cityId: CS, year: 2031, budgetFen: 100n } }),
      ),
    ).rejects.toThrow(/row-level security|violates/i);
    expect(await db.prisma.organisation.findUniqueOrThrow({ where: { id: csOrganisationId }, select: { nameEn: true } })).not.toEqual({ nameEn: "Moved by Nanchang" });
  });

  it("the city ends with its transaction: the pooled connection is unscoped again afterwards", async () => {
    await inCityTransaction(db.prisma, NC, async (tx) => tx.offshoreClaim.count());
    const after = await db.prisma.$queryRaw<Array<{ city: string | null; me: string }>>`
      SELECT current_setting('app.city_id', true) AS city, current_user AS me`;
    expect(after[0]!.city ?? "").toBe("");
    expect(await db.prisma.offshoreClaim.count({ where: { id: { in: [ncClaimId, csClaimId] } } })).toBe(2);
  });

  it("entering no city is refused rather than read as every city", async () => {
    await expect(db.prisma.$transaction((tx) => enterCity(tx, ""))).rejects.toThrow(/a city is required/);
  });

  it("a staff decision runs inside its city: its own city's approval writes everything it must", async () => {
    const csReviewer = staffActor(await createStaff(db.prisma, { email: `rls-${crypto.randomUUID()}@bureau.test`, name: "长沙审核员", role: "REVIEWER", cityId: CS }));
    const cs = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: csClaimId }, select: { version: true } });
    const outcome = await approveClaim(db.prisma, csReviewer, { kind: "OFFSHORE", claimId: csClaimId, version: cs.version });
    expect(outcome.status).toBe("IN_NOTICE");
    const notice = await db.prisma.noticeItem.findMany({ where: { ledgerEntry: { offshoreClaimId: csClaimId } }, select: { cityId: true } });
    expect(notice).toEqual([{ cityId: CS }]);
  });
});
