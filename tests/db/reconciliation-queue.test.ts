// Issue 18: the review queue's "reconciliation issues" filter, over the stored reconciliations
// (refreshed at submission and after an import): it finds the claims whose lines the official data
// do not confirm, not those it confirms nor those without data, and follows a refresh.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { listReviewQueue, queueFilterSchema } from "@/lib/review/list-review-queue";
import { refreshOffshoreReconciliations } from "@/lib/verification/refresh-offshore-reconciliations";
import { reconcileOffshoreClaim } from "@/lib/verification/reconcile-offshore-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { reviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("the queue's reconciliation filter on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  async function claimWithRecord(recordedCents: bigint | null) {
    const enterprise = await createOrganisationWithUser(db.prisma);
    const line = offshoreLine({ executedUsd: "300000.00", contractValueUsd: "300000.00", fxReceiptDate: "2024-06-30" });
    const claim = await createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, submit: true, lines: [line] });
    const creditCode = enterprise.organisation.creditCode;
    if (recordedCents !== null) {
      await db.prisma.statisticsExecution.create({
        data: { cityId: "nanchang", creditCode, contractNo: line.contractRegNo, clientName: line.clientName, clientCountry: "US", executedMinor: recordedCents, currency: "USD", periodStart: dbDateFromIsoDate("2024-01-01"), periodEnd: dbDateFromIsoDate("2024-12-31") },
      });
      await db.prisma.fxReceipt.create({
        data: { cityId: "nanchang", creditCode, receivedOn: dbDateFromIsoDate("2024-06-30"), amountMinor: recordedCents, currency: "USD", payerName: line.clientName, payerCountry: "US", bankReference: `R-${crypto.randomUUID()}`, source: "BUREAU" },
      });
    }
    return { claim, creditCode, line };
  }

  it("lists only the offshore claims the official data do not confirm, and follows a refresh", async () => {
    const viewer = await reviewer(db.prisma);
    const differs = await claimWithRecord(250_000_00n);
    const matches = await claimWithRecord(300_000_00n);
    const noData = await claimWithRecord(null);
    const now = new Date("2026-12-07T10:15:00.000Z");
    const refreshed = await refreshOffshoreReconciliations(db.prisma, "nanchang", { creditCodes: [differs.creditCode, matches.creditCode, noData.creditCode] }, now);
    expect(refreshed).toBe(3);
    // What is stored is what the claim page computes for the claim on its own.
    for (const { claim, creditCode } of [differs, matches, noData]) {
      const lines = await db.prisma.offshoreContractLine.findMany({ where: { claimId: claim.id }, orderBy: { lineNo: "asc" } });
      const single = await reconcileOffshoreClaim(db.prisma, { cityId: "nanchang", claimYear: 2024, creditCode, lines });
      expect(await db.prisma.offshoreClaimReconciliation.findUnique({ where: { claimId: claim.id } })).toMatchObject({
        cityId: "nanchang", dataAvailable: single.dataAvailable, linesWithIssues: single.dataAvailable ? single.linesWithIssues : 0,
        declaredUsdCents: 300_000_00n, verifiedUsdCents: single.verifiedUsdCents, refreshedAt: now,
      });
    }
    expect((await db.prisma.offshoreClaimReconciliation.findUnique({ where: { claimId: differs.claim.id } }))?.verifiedUsdCents).toBeLessThan(300_000_00n);

    const issues = async () =>
      (await listReviewQueue(db.prisma, viewer, queueFilterSchema.parse({ reconciliation: "issues" }))).rows.map((r) => r.id);
    expect(await issues()).toEqual([differs.claim.id]);
    // Without the filter all three are there.
    const all = (await listReviewQueue(db.prisma, viewer, queueFilterSchema.parse({ kind: "OFFSHORE" }))).rows.map((r) => r.id);
    expect(all).toEqual(expect.arrayContaining([differs.claim.id, matches.claim.id, noData.claim.id]));

    // A corrected statistics record, then a refresh of that claim: no longer an issue.
    await db.prisma.statisticsExecution.updateMany({ where: { creditCode: differs.creditCode }, data: { executedMinor: 300_000_00n } });
    await db.prisma.fxReceipt.updateMany({ where: { creditCode: differs.creditCode }, data: { amountMinor: 300_000_00n } });
    await refreshOffshoreReconciliations(db.prisma, "nanchang", { claimIds: [differs.claim.id] });
    expect(await issues()).toEqual([]);
  });

  it("skips drafts and answers nothing for an empty scope", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma);
    const draft = await createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, lines: [offshoreLine()] });
    expect(await refreshOffshoreReconciliations(db.prisma, "nanchang", { claimIds: [draft.id] })).toBe(0);
    expect(await refreshOffshoreReconciliations(db.prisma, "nanchang", { creditCodes: [] })).toBe(0);
  });
});
