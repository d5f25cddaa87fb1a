// Issue 18, pre-filled claims (免申即享): the statistics the bureau imported put an enterprise's
// unclaimed year above the rule-A threshold; its home page offers the likely amount and a draft
// already holding the contract lines, which then reconciles as all matched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { findPrefillOffers } from "@/lib/verification/prefill/find-prefill-offers";
import { createPrefilledDraft } from "@/lib/verification/prefill/create-prefilled-draft";
import { reconcileOffshoreClaim } from "@/lib/verification/reconcile-offshore-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOrganisationWithUser } from "@/prisma/seed/factories";
import { ensureSecondCity, SECOND_CITY } from "@/prisma/seed/second-city";
import { reviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const NOW = new Date("2026-12-07T02:00:00Z");

describe.each(DATABASE_KINDS)("pre-filled claims on %s", (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await reviewer(db.prisma); // the built-in policy versions
    await ensureSecondCity(db.prisma);
  });
  afterAll(async () => db?.close());

  async function enterpriseWithStatistics() {
    const enterprise = await createOrganisationWithUser(db.prisma);
    const creditCode = enterprise.organisation.creditCode;
    const cityId = "nanchang";
    const year = (from: string, to: string) => ({ periodStart: dbDateFromIsoDate(from), periodEnd: dbDateFromIsoDate(to) });
    await db.prisma.usdRate.upsert({ where: { cityId_year_currency: { cityId, year: 2025, currency: "EUR" } }, create: { cityId, year: 2025, currency: "EUR", ratePerUsdMicro: 920_000n }, update: {} });
    await db.prisma.statisticsExecution.createMany({
      data: [
        { cityId, creditCode, contractNo: `US-${creditCode}`, clientName: "Pacific Cloud Inc.", clientCountry: "美国", serviceCategory: "软件", executedMinor: 420_000_00n, contractMinor: 600_000_00n, currency: "USD", ...year("2025-01-01", "2025-12-31") },
        { cityId, creditCode, contractNo: `DE-${creditCode}`, clientName: "Nordsee Daten GmbH", clientCountry: "Germany", serviceCategory: "INFORMATION_TECHNOLOGY", executedMinor: 230_000_00n, contractMinor: null, currency: "EUR", ...year("2025-03-01", "2025-10-31") },
        // A country the claim form does not know: left for the enterprise to add.
        { cityId, creditCode, contractNo: `XX-${creditCode}`, clientName: "Nowhere Ltd.", clientCountry: "亚特兰蒂斯", serviceCategory: "软件", executedMinor: 10_000_00n, contractMinor: null, currency: "USD", ...year("2025-02-01", "2025-02-28") },
        // 2024: under the threshold, no offer.
        { cityId, creditCode, contractNo: `US24-${creditCode}`, clientName: "Pacific Cloud Inc.", clientCountry: "US", serviceCategory: "SOFTWARE", executedMinor: 50_000_00n, contractMinor: null, currency: "USD", ...year("2024-01-01", "2024-12-31") },
        // Another city's bureau holding a record of the same code: not this city's data.
        { cityId: SECOND_CITY.id, creditCode, contractNo: `CS-${creditCode}`, clientName: "Elsewhere Inc.", clientCountry: "US", serviceCategory: "SOFTWARE", executedMinor: 9_000_000_00n, contractMinor: null, currency: "USD", ...year("2025-01-01", "2025-12-31") },
      ],
    });
    await db.prisma.fxReceipt.createMany({
      data: [
        { cityId, creditCode, receivedOn: dbDateFromIsoDate("2025-12-20"), amountMinor: 420_000_00n, currency: "USD", payerName: "Pacific Cloud Inc", payerCountry: "US", bankReference: `A-${creditCode}`, source: "BUREAU" },
        { cityId, creditCode, receivedOn: dbDateFromIsoDate("2025-11-15"), amountMinor: 230_000_00n, currency: "EUR", payerName: "Nordsee Daten GmbH", payerCountry: "DE", bankReference: `B-${creditCode}`, source: "BUREAU" },
      ],
    });
    return enterprise;
  }

  it("offers the unclaimed year above the threshold with the likely amount and the lines the form can hold", async () => {
    const enterprise = await enterpriseWithStatistics();
    const offers = await findPrefillOffers(db.prisma, enterprise.actor, NOW);
    expect(offers.map((o) => [o.year, o.executedUsdCents, o.amountFen, o.skippedRecords])).toEqual([[2025, 670_000_00n, 134_000_00, 1]]);
    expect(offers[0]!.lines.map((l) => [l.contractRegNo.slice(0, 3), l.clientCountry, l.executedUsdCents, l.fxReceiptDate])).toEqual([
      ["DE-", "Germany", 250_000_00n, "2025-11-15"],
      ["US-", "美国", 420_000_00n, "2025-12-20"],
    ]);
  });

  it("takes the offer up as a draft of those lines, audited, after which the year is no longer offered", async () => {
    const enterprise = await enterpriseWithStatistics();
    const claim = await createPrefilledDraft(db.prisma, enterprise.actor, { claimYear: 2025 }, NOW);
    const stored = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: { orderBy: { lineNo: "asc" } } } });
    expect(stored).toMatchObject({ status: "DRAFT", claimYear: 2025, organisationId: enterprise.organisation.id });
    expect(stored.lines.map((l) => [l.clientCountry, l.serviceCategory, l.contractValueUsdCents, l.executedUsdCents])).toEqual([
      ["DE", "INFORMATION_TECHNOLOGY", 250_000_00n, 250_000_00n],
      ["US", "SOFTWARE", 600_000_00n, 420_000_00n],
    ]);
    expect(await db.prisma.auditEntry.count({ where: { action: "offshore-claim.prefill", targetId: claim.id } })).toBe(1);
    expect(await findPrefillOffers(db.prisma, enterprise.actor, NOW)).toEqual([]);
    await expect(createPrefilledDraft(db.prisma, enterprise.actor, { claimYear: 2025 }, NOW)).rejects.toMatchObject({ code: "prefillNotAvailable" });

    // The draft's lines are the statistics' own: the reconciliation starts all matched.
    const reconciliation = await reconcileOffshoreClaim(db.prisma, {
      cityId: "nanchang",
      claimYear: 2025,
      creditCode: enterprise.organisation.creditCode,
      lines: stored.lines,
    });
    expect(reconciliation).toMatchObject({ dataAvailable: true, linesWithIssues: 0, verifiedUsdCents: 670_000_00n });
  });

  it("a year without an offer is refused, and an enterprise without statistics has none", async () => {
    const enterprise = await enterpriseWithStatistics();
    await expect(createPrefilledDraft(db.prisma, enterprise.actor, { claimYear: 2024 }, NOW)).rejects.toMatchObject({ code: "prefillNotAvailable" });
    const other = await createOrganisationWithUser(db.prisma);
    expect(await findPrefillOffers(db.prisma, other.actor, NOW)).toEqual([]);
  });
});
