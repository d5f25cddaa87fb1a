import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { clearPolicyVersionCache } from "@/lib/policy/load-policy-versions";
import { reverseLedgerEntry } from "@/lib/grants/ledger/reverse-ledger-entry";
import { approveClaim } from "@/lib/review/approve-claim";
import { assignClaimToReviewer } from "@/lib/review/assign-claim-to-reviewer";
import { declareConflict } from "@/lib/review/declare-conflict";
import { rejectClaim } from "@/lib/review/reject-claim";
import { requestClaimChanges } from "@/lib/review/request-claim-changes";
import { secondApproveClaim } from "@/lib/review/second-approve-claim";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

const NOW = new Date("2026-11-25T02:00:00Z");

describe.each(DATABASE_KINDS)("review decisions on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("approves a rule-A claim below the four-eyes threshold: ledger, running total, notice, decision, audit, notification", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const assigned = await assignClaimToReviewer(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version });
    const outcome = await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: assigned.version }, NOW);
    expect(outcome.status).toBe("IN_NOTICE");
    expect(outcome.amountFen).toBe(60_000_00);
    expect(outcome.emails.map((e) => e.template).sort()).toEqual(["claimApproved", "claimPublished"]);
    const after = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe("IN_NOTICE");
    expect(after.grantedFen).toBe(60_000_00);
    const ledger = await db.prisma.ledgerEntry.findMany({ where: { offshoreClaimId: claim.id }, include: { noticeItem: true } });
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ rule: "A_OFFSHORE", amountFen: 60_000_00, grantKey: `A:${claim.id}`, payeeKind: "ORGANISATION", organisationId: enterprise.organisation.id });
    expect(ledger[0].noticeItem?.publicName).toBe(enterprise.organisation.nameZh);
    expect(ledger[0].noticeItem?.endsAt.toISOString()).toBe("2026-12-02T16:00:00.000Z");
    const total = await db.prisma.enterpriseYearGrant.findUniqueOrThrow({ where: { organisationId_claimYear: { organisationId: enterprise.organisation.id, claimYear: 2024 } } });
    expect(total).toMatchObject({ grantedFen: 60_000_00, capFen: 500_000_00 });
    expect(await db.prisma.reviewDecision.count({ where: { offshoreClaimId: claim.id, decision: "APPROVE", amountFen: 60_000_00 } })).toBe(1);
    expect(await db.prisma.notification.count({ where: { organisationId: enterprise.organisation.id, kind: "claimApproved" } })).toBe(1);
    expect(await db.prisma.auditEntry.count({ where: { targetId: claim.id, action: "review.approve" } })).toBe(1);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
  });

  it("ends the notice after five working days of the official calendar, over the National Day holiday", async () => {
    const r = await reviewer(db.prisma);
    const { claim } = await submittedOffshoreClaim(db.prisma, "300000.00");
    // Tuesday 29 Sep 2026, 10:00 CST: Wed 30 Sep; 1–7 Oct off; Thu 8, Fri 9, Sat 10 (worked, 调休), Mon 12 Oct.
    // Monday-to-Friday counting would have ended it on 6 October, in the middle of the holiday.
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, new Date("2026-09-29T02:00:00Z"));
    const item = await db.prisma.noticeItem.findFirstOrThrow({ where: { ledgerEntry: { offshoreClaimId: claim.id } } });
    expect(item.endsAt.toISOString()).toBe("2026-10-12T16:00:00.000Z");
  });

  it("grants only what is left under the cap after earlier grants of the year", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    // A grant from before the portal (paper process) for the same enterprise and year: 450,000 RMB.
    await db.prisma.$transaction(async (tx) => {
      await tx.ledgerEntry.create({ data: { rule: "A_OFFSHORE", claimYear: 2024, payeeKind: "ORGANISATION", organisationId: enterprise.organisation.id, amountFen: 450_000_00, grantKey: `A:legacy-${enterprise.organisation.id}`, createdById: r.id } });
      await tx.enterpriseYearGrant.create({ data: { organisationId: enterprise.organisation.id, claimYear: 2024, grantedFen: 450_000_00, capFen: 500_000_00 } });
    });
    const outcome = await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW);
    expect(outcome.amountFen).toBe(50_000_00);
    const total = await db.prisma.enterpriseYearGrant.findUniqueOrThrow({ where: { organisationId_claimYear: { organisationId: enterprise.organisation.id, claimYear: 2024 } } });
    expect(total.grantedFen).toBe(500_000_00);
  });

  it("four eyes: a large approval waits for a second, different reviewer; only then is it granted", async () => {
    const first = await reviewer(db.prisma);
    const second = await reviewer(db.prisma);
    const { claim } = await submittedOffshoreClaim(db.prisma, "3000000.00");
    const outcome = await approveClaim(db.prisma, first, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW);
    expect(outcome).toMatchObject({ status: "AWAITING_SECOND_APPROVAL", amountFen: 500_000_00 });
    expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
    const waiting = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    await expect(secondApproveClaim(db.prisma, first, { kind: "OFFSHORE", claimId: claim.id, version: waiting.version }, NOW)).rejects.toMatchObject({ code: "sameReviewer" });
    expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
    const done = await secondApproveClaim(db.prisma, second, { kind: "OFFSHORE", claimId: claim.id, version: waiting.version }, NOW);
    expect(done.amountFen).toBe(500_000_00);
    const ledger = await db.prisma.ledgerEntry.findMany({ where: { offshoreClaimId: claim.id } });
    expect(ledger.map((l) => l.amountFen)).toEqual([500_000_00]);
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_NOTICE");
    // A re-posted second approval (stale tab) is refused.
    await expect(secondApproveClaim(db.prisma, second, { kind: "OFFSHORE", claimId: claim.id, version: waiting.version }, NOW)).rejects.toMatchObject({ code: "staleForm" });
  });

  it("refuses a reviewer with a declared conflict of interest", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    await declareConflict(db.prisma, r, { organisationId: enterprise.organisation.id, reason: "亲属任职" });
    await expect(approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW)).rejects.toMatchObject({ code: "conflictOfInterest" });
    await expect(rejectClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, reason: "x" })).rejects.toMatchObject({ code: "conflictOfInterest" });
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("SUBMITTED");
  });

  it("refuses a stale form and leaves nothing half-written", async () => {
    const r = await reviewer(db.prisma);
    const { claim } = await submittedOffshoreClaim(db.prisma, "300000.00");
    await assignClaimToReviewer(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version });
    await expect(approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW)).rejects.toMatchObject({ code: "staleForm" });
    expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
    expect(await db.prisma.reviewDecision.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
  });

  it("requests changes with a per-line comment, then refuses approving the claim sent back", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const line = await db.prisma.offshoreContractLine.findFirstOrThrow({ where: { claimId: claim.id } });
    await expect(requestClaimChanges(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, reason: "", lineComments: [] })).rejects.toThrow();
    const result = await requestClaimChanges(db.prisma, r, {
      kind: "OFFSHORE",
      claimId: claim.id,
      version: claim.version,
      reason: "请补充外汇收汇凭证",
      lineComments: [{ lineId: line.id, text: "收汇日期与凭证不符" }],
    });
    expect(result.emails[0]).toMatchObject({ template: "claimChangesRequested", params: { claimNo: claim.claimNo, reason: "请补充外汇收汇凭证" } });
    const after = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe("CHANGES_REQUESTED");
    const comments = await db.prisma.reviewComment.findMany({ where: { offshoreLineId: line.id } });
    expect(comments.map((c) => c.text)).toEqual(["收汇日期与凭证不符"]);
    expect(await db.prisma.notification.count({ where: { organisationId: enterprise.organisation.id, kind: "claimChangesRequested" } })).toBe(1);
    await expect(approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: after.version }, NOW)).rejects.toMatchObject({ code: "claimNotDecidable" });
  });

  it("rejects with a reason only", async () => {
    const r = await reviewer(db.prisma);
    const { claim } = await submittedOffshoreClaim(db.prisma, "300000.00");
    await expect(rejectClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, reason: "  " })).rejects.toThrow();
    await rejectClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, reason: "合同未在商务部系统登记" });
    const after = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe("REJECTED");
    expect(await db.prisma.reviewDecision.findFirst({ where: { offshoreClaimId: claim.id } })).toMatchObject({ decision: "REJECT", reason: "合同未在商务部系统登记" });
  });

  it("rule B: grants trainee and institution per qualifying line, never a person twice", async () => {
    const r = await reviewer(db.prisma);
    const instA = await institution(db.prisma);
    const instB = await institution(db.prisma);
    const shared = uniqueResidentId("20010101");
    const other = uniqueResidentId("20020202");
    const claimA = await submittedTrainingClaim(db.prisma, instA, [shared], { names: ["李明"] });
    const claimB = await submittedTrainingClaim(db.prisma, instB, [shared, other], { names: ["李明", "张小伟"] });

    const a = await approveClaim(db.prisma, r, { kind: "TRAINING", claimId: claimA.id, version: claimA.version }, NOW);
    expect(a).toMatchObject({ status: "IN_NOTICE", amountFen: 1_500_00 });
    const entries = await db.prisma.ledgerEntry.findMany({ where: { trainingClaimId: claimA.id }, include: { noticeItem: true }, orderBy: { rule: "asc" } });
    expect(entries.map((e) => [e.rule, e.amountFen, e.payeeKind])).toEqual([
      ["B_TRAINEE", 1_000_00, "TRAINEE"],
      ["B_INSTITUTION", 500_00, "ORGANISATION"],
    ]);
    expect(entries.map((e) => e.noticeItem?.publicName)).toEqual(["李*", instA.organisation.nameZh]);

    // The second institution's claim: the shared person is a duplicate, the other line is paid.
    const b = await approveClaim(db.prisma, r, { kind: "TRAINING", claimId: claimB.id, version: claimB.version }, NOW);
    expect(b.amountFen).toBe(1_500_00);
    const lines = await db.prisma.trainingClaimLine.findMany({ where: { claimId: claimB.id }, include: { ledgerEntries: true } });
    const byPerson = new Map(lines.map((l) => [l.personId, l]));
    expect(byPerson.get(claimA.lines[0].personId)).toMatchObject({ decision: "REJECTED", ledgerEntries: [] });
    expect(lines.find((l) => l.personId !== claimA.lines[0].personId)?.ledgerEntries).toHaveLength(2);
    expect(await db.prisma.ledgerEntry.count({ where: { personId: claimA.lines[0].personId, rule: "B_TRAINEE" } })).toBe(1);

  });

  it("a granted claim carries its granted amount, written with its status and version in one UPDATE (training too)", async () => {
    const r = await reviewer(db.prisma);
    const inst = await institution(db.prisma);
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId("20040404"), uniqueResidentId("20050505")]);
    await approveClaim(db.prisma, r, { kind: "TRAINING", claimId: claim.id, version: claim.version }, NOW);
    const after = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after).toMatchObject({ status: "IN_NOTICE", grantedFen: 3_000_00, version: claim.version + 1 });
    expect(after.decidedAt?.toISOString()).toBe(NOW.toISOString());

    const { claim: offshore } = await submittedOffshoreClaim(db.prisma, "300000.00");
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: offshore.id, version: offshore.version }, NOW);
    // One state change, one version: the amount is not written by a second UPDATE afterwards.
    expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: offshore.id } })).toMatchObject({ status: "IN_NOTICE", grantedFen: 60_000_00, version: offshore.version + 1 });
  });

  it("four eyes on a training claim: nothing granted at the first approval, the amount written with the second", async () => {
    const first = await reviewer(db.prisma);
    const second = await reviewer(db.prisma);
    const inst = await institution(db.prisma);
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId("20060606"), uniqueResidentId("20070707")]);
    const policyIds = [...new Set(claim.lines.map((l) => l.policyVersionId))];
    const policies = await db.prisma.policyVersion.findMany({ where: { id: { in: policyIds } } });
    // 3,000 RMB for the two lines: at or above a threshold lowered to 2,000 RMB for this claim's policy.
    await db.prisma.policyVersion.updateMany({ where: { id: { in: policyIds } }, data: { fourEyesThresholdFen: 2_000_00 } });
    clearPolicyVersionCache();
    try {
      const outcome = await approveClaim(db.prisma, first, { kind: "TRAINING", claimId: claim.id, version: claim.version }, NOW);
      expect(outcome).toMatchObject({ status: "AWAITING_SECOND_APPROVAL", amountFen: 3_000_00 });
      const waiting = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(waiting).toMatchObject({ status: "AWAITING_SECOND_APPROVAL", grantedFen: null, assignedReviewerId: first.id });
      expect(await db.prisma.ledgerEntry.count({ where: { trainingClaimId: claim.id } })).toBe(0);
      await expect(secondApproveClaim(db.prisma, first, { kind: "TRAINING", claimId: claim.id, version: waiting.version }, NOW)).rejects.toMatchObject({ code: "sameReviewer" });
      const done = await secondApproveClaim(db.prisma, second, { kind: "TRAINING", claimId: claim.id, version: waiting.version }, NOW);
      expect(done.amountFen).toBe(3_000_00);
      expect(await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "IN_NOTICE", grantedFen: 3_000_00, version: waiting.version + 1 });
      const entries = await db.prisma.ledgerEntry.findMany({ where: { trainingClaimId: claim.id }, include: { noticeItem: true } });
      expect(entries).toHaveLength(4);
      expect(entries.every((e) => e.noticeItem !== null)).toBe(true);
      expect(await db.prisma.trainingClaimLine.count({ where: { claimId: claim.id, decision: "APPROVED" } })).toBe(2);
    } finally {
      for (const p of policies) await db.prisma.policyVersion.update({ where: { id: p.id }, data: { fourEyesThresholdFen: p.fourEyesThresholdFen } });
      clearPolicyVersionCache();
    }
  });

  it("refuses approving a line whose registered employer has not confirmed the contract", async () => {
    const r = await reviewer(db.prisma);
    const inst = await institution(db.prisma);
    const { enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId("20030303")]);
    await db.prisma.employmentContract.update({
      where: { id: claim.lines[0].contractId },
      data: { employerOrganisationId: enterprise.organisation.id, outsideEmployerName: null, outsideEmployerCreditCode: null, employerInNanchang: true, confirmation: "PENDING" },
    });
    await expect(approveClaim(db.prisma, r, { kind: "TRAINING", claimId: claim.id, version: claim.version }, NOW)).rejects.toMatchObject({ code: "employerNotConfirmed" });
    await db.prisma.employmentContract.update({ where: { id: claim.lines[0].contractId }, data: { confirmation: "CONFIRMED" } });
    const ok = await approveClaim(db.prisma, r, { kind: "TRAINING", claimId: claim.id, version: claim.version }, NOW);
    expect(ok.amountFen).toBe(3_500_00); // Nanchang employer: 2,000 + 1,500 RMB
  });

  it("corrects a grant with a reversing entry only; the ledger refuses edits", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW);
    const grant = await db.prisma.ledgerEntry.findFirstOrThrow({ where: { offshoreClaimId: claim.id } });
    await db.prisma.$transaction((tx) => reverseLedgerEntry(tx, r, grant.id, "重复申报"));
    const rows = await db.prisma.ledgerEntry.findMany({ where: { offshoreClaimId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((e) => e.amountFen)).toEqual([60_000_00, -60_000_00]);
    expect(rows[1]).toMatchObject({ reversesId: grant.id, reason: "重复申报", grantKey: null });
    const total = await db.prisma.enterpriseYearGrant.findUniqueOrThrow({ where: { organisationId_claimYear: { organisationId: enterprise.organisation.id, claimYear: 2024 } } });
    expect(total.grantedFen).toBe(0);
    expect((await db.prisma.noticeItem.findUniqueOrThrow({ where: { ledgerEntryId: grant.id } })).status).toBe("WITHDRAWN");
    await expect(db.prisma.$transaction((tx) => reverseLedgerEntry(tx, r, grant.id, "again"))).rejects.toMatchObject({ code: "alreadyReversed" });
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "LedgerEntry" SET "amountFen" = 1 WHERE "id" = '${grant.id}'`)).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "LedgerEntry" WHERE "id" = '${grant.id}'`)).rejects.toThrow(/append-only/);
  });
});
