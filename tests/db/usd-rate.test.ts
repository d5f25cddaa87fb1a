// Issue 18: a reviewer enters the year's US dollar rate of a currency; the rate and its audit entry
// commit together, a correction replaces it (the entry keeps before and after), the city's open
// claims of the year are reconciled again at the new rate, and another city's reviewer sets only
// its own city's rate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { usdRateSchema } from "@/lib/schemas/usd-rate";
import { listUsdRates, setUsdRate } from "@/lib/verification/set-usd-rate";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, createStaff, offshoreLine, staffActor } from "@/prisma/seed/factories";
import { ensureSecondCity, SECOND_CITY } from "@/prisma/seed/second-city";
import { reviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("a year's US dollar rate on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("is stored with its audit entry, corrected in place, and the year's open claims are reconciled at it", async () => {
    const viewer = await reviewer(db.prisma);
    // A euro contract of EUR 460,000 declared as US$500,000: matched at 0.92 EUR per dollar, not at 0.80.
    const enterprise = await createOrganisationWithUser(db.prisma);
    const line = offshoreLine({ clientName: "Rhein Daten GmbH", clientCountry: "DE", executedUsd: "500000.00", contractValueUsd: "500000.00", fxReceiptDate: "2024-06-30" });
    const claim = await createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, submit: true, lines: [line] });
    const creditCode = enterprise.organisation.creditCode;
    await db.prisma.statisticsExecution.create({
      data: { cityId: "nanchang", creditCode, contractNo: line.contractRegNo, clientName: line.clientName, clientCountry: "DE", executedMinor: 460_000_00n, currency: "EUR", periodStart: dbDateFromIsoDate("2024-01-01"), periodEnd: dbDateFromIsoDate("2024-12-31") },
    });
    await db.prisma.fxReceipt.create({
      data: { cityId: "nanchang", creditCode, receivedOn: dbDateFromIsoDate("2024-06-30"), amountMinor: 460_000_00n, currency: "EUR", payerName: line.clientName, payerCountry: "DE", bankReference: `R-${crypto.randomUUID()}`, source: "BUREAU" },
    });
    const stored = () => db.prisma.offshoreClaimReconciliation.findUnique({ where: { claimId: claim.id } });

    const first = await setUsdRate(db.prisma, viewer, usdRateSchema.parse({ year: 2024, currency: "欧元", rate: "0.8" }));
    expect(first.rate).toMatchObject({ cityId: "nanchang", year: 2024, currency: "EUR", ratePerUsdMicro: 800_000n });
    expect(first.reconciled).toBeGreaterThanOrEqual(1);
    // At 0.80, EUR 460,000 is US$575,000: more than the 500,000 declared, beyond the tolerance.
    expect(await stored()).toMatchObject({ dataAvailable: true, linesWithIssues: 1 });

    await setUsdRate(db.prisma, viewer, usdRateSchema.parse({ year: 2024, currency: "EUR", rate: "0.92" }));
    expect(await db.prisma.usdRate.count({ where: { cityId: "nanchang", year: 2024, currency: "EUR" } })).toBe(1);
    expect(await stored()).toMatchObject({ linesWithIssues: 0, verifiedUsdCents: 500_000_00n });
    const entries = await db.prisma.auditEntry.findMany({ where: { action: "verification.set-usd-rate", actorId: viewer.id }, orderBy: { seq: "asc" } });
    expect(entries.map((e) => e.details)).toEqual([
      { cityId: "nanchang", year: 2024, currency: "EUR", before: null, after: "800000" },
      { cityId: "nanchang", year: 2024, currency: "EUR", before: "800000", after: "920000" },
    ]);
    expect((await listUsdRates(db.prisma, "nanchang")).map((r) => `${r.year}:${r.currency}:${r.ratePerUsdMicro}`)).toContain("2024:EUR:920000");
  });

  it("another city's reviewer sets its own city's rate and leaves this city's alone", async () => {
    await ensureSecondCity(db.prisma);
    const other = staffActor(await createStaff(db.prisma, { email: `rates-${Date.now()}@changsha.test`, name: "长沙审核", role: "REVIEWER", cityId: SECOND_CITY.id }));
    const nanchangBefore = await db.prisma.usdRate.findMany({ where: { cityId: "nanchang" } });
    await setUsdRate(db.prisma, other, usdRateSchema.parse({ year: 2024, currency: "EUR", rate: "0.5" }));
    expect(await db.prisma.usdRate.findMany({ where: { cityId: "nanchang" } })).toEqual(nanchangBefore);
    expect(await db.prisma.usdRate.findUnique({ where: { cityId_year_currency: { cityId: SECOND_CITY.id, year: 2024, currency: "EUR" } } })).toMatchObject({ ratePerUsdMicro: 500_000n });
    expect((await listUsdRates(db.prisma, SECOND_CITY.id)).every((r) => r.cityId === SECOND_CITY.id)).toBe(true);
  });
});
