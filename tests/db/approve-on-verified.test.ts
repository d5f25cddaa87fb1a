// Issue 18: a reviewer approves an offshore claim on the total the official data verify instead of
// the declared one; the amount follows the verified total, the decision records both totals and
// each short line with its reasons (the decision notice prints them), a four-eyes second approval
// keeps the first reviewer's basis, and without official data the approval is refused unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { clearPolicyVersionCache } from "@/lib/policy/load-policy-versions";
import { approveClaim } from "@/lib/review/approve-claim";
import { secondApproveClaim } from "@/lib/review/second-approve-claim";
import { getOffshoreDecisionNotice } from "@/lib/print/get-offshore-decision-notice";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { institution, reviewer, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const NOW = new Date("2026-11-25T02:00:00Z");
const YEAR = { periodStart: dbDateFromIsoDate("2024-01-01"), periodEnd: dbDateFromIsoDate("2024-12-31") };

describe.each(DATABASE_KINDS)("approving on the verified total on %s", (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  /** An enterprise declaring two contracts; the statistics confirm the first fully and the second only in part. */
  async function claimWithOfficialData(declaredSecondUsd: string, recordedSecondCents: bigint) {
    const enterprise = await createOrganisationWithUser(db.prisma);
    const first = offshoreLine({ clientName: "Blue River Inc.", executedUsd: "300000.00", contractValueUsd: "300000.00" });
    const second = offshoreLine({ clientName: "Sakura K.K.", clientCountry: "JP", executedUsd: declaredSecondUsd, contractValueUsd: declaredSecondUsd });
    const claim = await createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, submit: true, lines: [first, second] });
    const base = { cityId: "nanchang", creditCode: enterprise.organisation.creditCode, currency: "USD", ...YEAR };
    await db.prisma.statisticsExecution.createMany({
      data: [
        { ...base, contractNo: first.contractRegNo, clientName: first.clientName, clientCountry: "US", executedMinor: 300_000_00n },
        { ...base, contractNo: second.contractRegNo, clientName: second.clientName, clientCountry: "JP", executedMinor: recordedSecondCents },
      ],
    });
    const receipt = { cityId: "nanchang", creditCode: base.creditCode, receivedOn: dbDateFromIsoDate("2024-06-30"), currency: "USD", payerCountry: "US", source: "BUREAU" as const };
    await db.prisma.fxReceipt.createMany({
      data: [
        { ...receipt, amountMinor: 300_000_00n, payerName: first.clientName, bankReference: `R-${crypto.randomUUID()}` },
        { ...receipt, amountMinor: recordedSecondCents, payerName: second.clientName, bankReference: `R-${crypto.randomUUID()}` },
      ],
    });
    return { enterprise, claim, second };
  }

  it("grants on the verified total and records both totals and the short line's reasons", async () => {
    const r = await reviewer(db.prisma);
    // Declared 300,000 + 200,000 = 500,000 USD (¥100,000 at 0.2); verified 300,000 + 150,000 = 450,000 (¥90,000).
    const { claim, enterprise, second } = await claimWithOfficialData("200000.00", 150_000_00n);
    const outcome = await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, basis: "VERIFIED" }, NOW);
    expect(outcome).toMatchObject({ status: "IN_NOTICE", amountFen: 90_000_00 });

    const stored = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id }, select: { grantedFen: true } });
    expect(stored.grantedFen).toBe(90_000_00);
    const decision = await db.prisma.reviewDecision.findFirstOrThrow({ where: { offshoreClaimId: claim.id, decision: "APPROVE" } });
    expect((decision.evaluation as { verification: unknown }).verification).toEqual({
      basis: "VERIFIED",
      declaredUsdCents: "50000000",
      verifiedUsdCents: "45000000",
      lines: [{ lineNo: 2, contractRegNo: second.contractRegNo, declaredUsdCents: "20000000", verifiedUsdCents: "15000000", findings: ["AMOUNT_DIFFERS"] }],
    });
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "review.approve", targetId: claim.id } });
    expect(audit.details).toMatchObject({ basis: "VERIFIED", amountFen: 90_000_00 });

    const notice = await getOffshoreDecisionNotice(db.prisma, { organisationId: enterprise.organisation.id }, claim.id);
    expect(notice.amountFen).toBe(90_000_00);
    expect(notice.evaluation?.verification?.lines).toHaveLength(1);
  });

  it("approving on the declared figures is unchanged by the official data", async () => {
    const r = await reviewer(db.prisma);
    const { claim } = await claimWithOfficialData("200000.00", 150_000_00n);
    const outcome = await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW);
    expect(outcome.amountFen).toBe(100_000_00);
    const decision = await db.prisma.reviewDecision.findFirstOrThrow({ where: { offshoreClaimId: claim.id, decision: "APPROVE" } });
    expect((decision.evaluation as { verification?: unknown }).verification).toBeUndefined();
  });

  it("a second approval keeps the first reviewer's verified basis", async () => {
    const first = await reviewer(db.prisma);
    const secondReviewer = await reviewer(db.prisma);
    const thresholds = await db.prisma.policyVersion.findMany({ select: { id: true, fourEyesThresholdFen: true } });
    await db.prisma.policyVersion.updateMany({ data: { fourEyesThresholdFen: 50_000_00 } });
    clearPolicyVersionCache();
    try {
      const { claim } = await claimWithOfficialData("200000.00", 150_000_00n);
      const waiting = await approveClaim(db.prisma, first, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, basis: "VERIFIED" }, NOW);
      expect(waiting).toMatchObject({ status: "AWAITING_SECOND_APPROVAL", amountFen: 90_000_00 });
      const { version } = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
      const done = await secondApproveClaim(db.prisma, secondReviewer, { kind: "OFFSHORE", claimId: claim.id, version }, NOW);
      expect(done.amountFen).toBe(90_000_00);
      const granted = await db.prisma.ledgerEntry.aggregate({ where: { offshoreClaimId: claim.id }, _sum: { amountFen: true } });
      expect(granted._sum.amountFen).toBe(90_000_00);
    } finally {
      for (const { id, fourEyesThresholdFen } of thresholds) await db.prisma.policyVersion.update({ where: { id }, data: { fourEyesThresholdFen } });
      clearPolicyVersionCache();
    }
  });

  it("without official data for the enterprise's year the approval is refused and nothing changes", async () => {
    const r = await reviewer(db.prisma);
    const enterprise = await createOrganisationWithUser(db.prisma);
    const claim = await createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, submit: true, lines: [offshoreLine()] });
    await expect(approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, basis: "VERIFIED" }, NOW)).rejects.toMatchObject({ code: "verificationDataMissing" });
    const after = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, version: true } });
    expect(after).toEqual({ status: "SUBMITTED", version: claim.version });
    expect(await db.prisma.reviewDecision.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
  });

  it("a training claim cannot be approved on a verified total", async () => {
    const r = await reviewer(db.prisma);
    const inst = await institution(db.prisma);
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId()]);
    await expect(approveClaim(db.prisma, r, { kind: "TRAINING", claimId: claim.id, version: claim.version, basis: "VERIFIED" }, NOW)).rejects.toMatchObject({ code: "verifiedBasisOffshoreOnly" });
  });
});
