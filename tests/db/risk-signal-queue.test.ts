// Issue 18: the review queue's "risk signals" filter, over the codes stored per claim
// (ClaimRiskSignals, refreshed at submission with the reconciliations): a claim with a signal is
// found, one without is not; the stored codes are the claim page's live signals; a claim that now
// shares a foreign client is refreshed with the new one; and the thresholds and the reconciliation's
// tolerance are the city's policy parameters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { clearPolicyVersionCache } from "@/lib/policy/load-policy-versions";
import { getClaimForReview } from "@/lib/review/get-claim-for-review";
import { listReviewQueue, queueFilterSchema } from "@/lib/review/list-review-queue";
import { refreshClaimRiskSignals } from "@/lib/verification/refresh-claim-risk-signals";
import { refreshOffshoreReconciliations } from "@/lib/verification/refresh-offshore-reconciliations";
import { inCityTransaction } from "@/lib/db/city-scope";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { ensureSecondCity, SECOND_CITY } from "@/prisma/seed/second-city";
import { createOffshoreClaim, createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { reviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("the queue's risk signal filter on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await reviewer(db.prisma);
  });
  afterAll(async () => db?.close());

  const unique = () => `Client ${crypto.randomUUID().slice(0, 8)}`;
  /** A submitted claim, refreshed as the submission action does. */
  const submitted = async (lines: Parameters<typeof offshoreLine>[0][]) => {
    const enterprise = await createOrganisationWithUser(db.prisma);
    const claim = await createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, submit: true, lines: lines.map((l) => offshoreLine(l)) });
    await refreshOffshoreReconciliations(db.prisma, "nanchang", { claimIds: [claim.id] });
    return { claim, enterprise };
  };
  const stored = async (claimId: string) => (await db.prisma.claimRiskSignals.findUnique({ where: { claimId } }))?.codes ?? null;
  const queue = async (filter: Record<string, string>) => {
    const viewer = await reviewer(db.prisma);
    const result = await listReviewQueue(db.prisma, viewer, queueFilterSchema.parse(filter));
    return { ids: result.rows.map((r) => r.id), total: result.total };
  };
  const setPolicy = async (data: Record<string, number>) => {
    await db.prisma.policyVersion.updateMany({ where: { cityId: "nanchang", status: "PUBLISHED" }, data });
    clearPolicyVersionCache();
  };

  it("finds a claim with a signal and not one without, by any signal or by its code", async () => {
    // Three round lines (whole multiples of US$10,000, the default unit), receipts in the year.
    const round = await submitted([
      { clientName: unique(), executedUsd: "100000.00", contractValueUsd: "100000.00" },
      { clientName: unique(), executedUsd: "120000.00", contractValueUsd: "120000.00" },
      { clientName: unique(), executedUsd: "90000.00", contractValueUsd: "90000.00" },
    ]);
    const plain = await submitted([{ clientName: unique(), executedUsd: "312345.67", contractValueUsd: "400000.00" }]);

    expect(await stored(round.claim.id)).toEqual(["ROUND_AMOUNTS"]);
    expect(await stored(plain.claim.id)).toEqual([]);
    // What is stored is what the claim page shows.
    for (const { claim } of [round, plain]) {
      const page = await getClaimForReview(db.prisma, { cityId: "nanchang" }, "OFFSHORE", claim.id);
      expect(page.signals.map((s) => s.code)).toEqual(await stored(claim.id));
    }

    const any = await queue({ risk: "any" });
    expect(any.ids).toContain(round.claim.id);
    expect(any.ids).not.toContain(plain.claim.id);
    expect(any.total).toBe(any.ids.length);
    expect((await queue({ risk: "ROUND_AMOUNTS" })).ids).toContain(round.claim.id);
    expect((await queue({ risk: "SHARED_FOREIGN_CLIENT" })).ids).not.toContain(round.claim.id);
    // Without the filter both are there; an unknown code is dropped, not trusted.
    expect((await queue({})).ids).toEqual(expect.arrayContaining([round.claim.id, plain.claim.id]));
    expect((await queue({ risk: "NOT_A_SIGNAL" })).ids).toEqual(expect.arrayContaining([round.claim.id, plain.claim.id]));
    // The stored row is the claim's city's: another city sees none of it (row-level security), nor can write it.
    expect(await db.prisma.claimRiskSignals.findUnique({ where: { claimId: round.claim.id } })).toMatchObject({ cityId: "nanchang", kind: "OFFSHORE" });
    await ensureSecondCity(db.prisma);
    expect(await inCityTransaction(db.prisma, SECOND_CITY.id, (tx) => tx.claimRiskSignals.findMany({ where: { claimId: { in: [round.claim.id, plain.claim.id] } } }))).toEqual([]);
    expect(await inCityTransaction(db.prisma, "nanchang", (tx) => tx.claimRiskSignals.count({ where: { claimId: { in: [round.claim.id, plain.claim.id] } } }))).toBe(2);
    await expect(
      inCityTransaction(db.prisma, SECOND_CITY.id, (tx) => tx.claimRiskSignals.create({ data: { claimId: crypto.randomUUID(), kind: "OFFSHORE", cityId: "nanchang", codes: [] } })),
    ).rejects.toThrow();
  });

  it("refreshes the claims that now share a foreign client with a new submission", async () => {
    const client = unique();
    const first = await submitted([{ clientName: `${client} Ltd.`, executedUsd: "223456.78", contractValueUsd: "300000.00" }]);
    const second = await submitted([{ clientName: `${client.toUpperCase()}, LTD`, executedUsd: "298765.43", contractValueUsd: "300000.00" }]);
    expect(await stored(first.claim.id)).toEqual([]);
    const third = await submitted([{ clientName: `${client} Limited`, executedUsd: "254321.09", contractValueUsd: "300000.00" }]);
    for (const { claim } of [first, second, third]) expect(await stored(claim.id)).toEqual(["SHARED_FOREIGN_CLIENT"]);
    expect((await queue({ risk: "SHARED_FOREIGN_CLIENT" })).ids).toEqual(expect.arrayContaining([first.claim.id, second.claim.id, third.claim.id]));
  });

  it("measures against the city's policy parameters: thresholds and tolerance", async () => {
    const round = await submitted([
      { clientName: unique(), executedUsd: "100000.00", contractValueUsd: "100000.00" },
      { clientName: unique(), executedUsd: "110000.00", contractValueUsd: "110000.00" },
      { clientName: unique(), executedUsd: "130000.00", contractValueUsd: "130000.00" },
    ]);
    expect(await stored(round.claim.id)).toEqual(["ROUND_AMOUNTS"]);
    const line = await db.prisma.offshoreContractLine.findFirstOrThrow({ where: { claimId: round.claim.id, lineNo: 1 } });
    const creditCode = round.enterprise.organisation.creditCode;
    // The statistics record 5 % under the declared 100,000: beyond the default 1 % tolerance.
    await db.prisma.statisticsExecution.create({
      data: { cityId: "nanchang", creditCode, contractNo: line.contractRegNo, clientName: line.clientName, clientCountry: "US", executedMinor: 95_000_00n, currency: "USD", periodStart: dbDateFromIsoDate("2024-01-01"), periodEnd: dbDateFromIsoDate("2024-12-31") },
    });
    await refreshOffshoreReconciliations(db.prisma, "nanchang", { claimIds: [round.claim.id] });
    const issuesOf = async () => (await db.prisma.offshoreClaimReconciliation.findUniqueOrThrow({ where: { claimId: round.claim.id } })).linesWithIssues;
    const lineOne = async () => {
      const page = await getClaimForReview(db.prisma, { cityId: "nanchang" }, "OFFSHORE", round.claim.id);
      return page.kind === "OFFSHORE" ? page.reconciliation.lines[0]!.result.findings.map((f) => f.code) : [];
    };
    expect(await issuesOf()).toBeGreaterThan(0);
    expect(await lineOne()).toContain("AMOUNT_DIFFERS");

    try {
      // A round-amounts signal now needs four lines; the tolerance is 10 %.
      await setPolicy({ riskRoundAmountMinLines: 4, reconciliationToleranceBasisPoints: 1_000 });
      await refreshClaimRiskSignals(db.prisma, "nanchang", { offshoreClaimIds: [round.claim.id] });
      expect(await stored(round.claim.id)).toEqual([]);
      expect((await queue({ risk: "ROUND_AMOUNTS" })).ids).not.toContain(round.claim.id);
      expect((await getClaimForReview(db.prisma, { cityId: "nanchang" }, "OFFSHORE", round.claim.id)).signals).toEqual([]);
      await refreshOffshoreReconciliations(db.prisma, "nanchang", { claimIds: [round.claim.id] });
      expect(await lineOne()).not.toContain("AMOUNT_DIFFERS");
    } finally {
      await setPolicy({ riskRoundAmountMinLines: 3, reconciliationToleranceBasisPoints: 100 });
    }
  });
});
