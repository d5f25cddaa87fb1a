import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveOffshoreClaimDraftFromInput } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { submitOffshoreClaimFromInput } from "@/lib/offshore-claims/submit-offshore-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { approveClaim } from "@/lib/review/approve-claim";
import { getClaimForReview } from "@/lib/review/get-claim-for-review";
import { requestClaimChanges } from "@/lib/review/request-claim-changes";
import { attachRequiredOffshoreEvidence, createOffshoreClaim, offshoreLine } from "@/prisma/seed/factories";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();


const NANCHANG = { cityId: "nanchang" };
describe.each(DATABASE_KINDS)("claim review page data on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("recomputes the amount, flags four eyes and shows what changed since the last submission", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "3000000.00");
    let page = await getClaimForReview(db.prisma, NANCHANG, "OFFSHORE", claim.id);
    expect(page.preview.amountFen).toBe(500_000_00);
    expect(page.flags.map((f) => f.code)).toEqual(["fourEyes"]);
    expect(page.changesSinceLastSubmission).toBeNull();

    await requestClaimChanges(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, reason: "金额有误", lineComments: [] });
    const sentBack = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: true } });
    const line = sentBack.lines[0]!;
    const saved = await saveOffshoreClaimDraftFromInput(db.prisma, enterprise.actor, {
      claimId: claim.id,
      version: sentBack.version,
      claimYear: 2024,
      onshoreUsd: "0",
      lines: [offshoreLine({ contractRegNo: line.contractRegNo, executedUsd: "2500000.00", contractValueUsd: "3000000.00", fxReceiptDate: "2024-06-30" })],
    });
    // The line was entered anew (no id): it needs its receipt again before the resubmission.
    await attachRequiredOffshoreEvidence(db.prisma, enterprise.actor, claim.id);
    await submitOffshoreClaimFromInput(db.prisma, enterprise.actor, { claimId: claim.id, version: saved.version, declaration: true, submissionKey: crypto.randomUUID() });
    page = await getClaimForReview(db.prisma, NANCHANG, "OFFSHORE", claim.id);
    expect(page.changesSinceLastSubmission).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: `lines[${line.contractRegNo}].executedUsdCents`,
          label: "executedUsd",
          line: { kind: "contract", contractRegNo: line.contractRegNo },
          before: { kind: "usdCents", cents: 300000000 },
          after: { kind: "usdCents", cents: 250000000 },
        }),
      ]),
    );
    expect(page.decisions.map((d) => d.decision)).toEqual(["REQUEST_CHANGES"]);
    expect(page.audit.map((a) => a.action)).toEqual(expect.arrayContaining(["offshore-claim.submit", "review.request-changes", "offshore-claim.resubmit"]));
  });

  it("flags a contract number claimed by another enterprise", async () => {
    const first = await submittedOffshoreClaim(db.prisma, "300000.00", 2022);
    const regNo = (await db.prisma.offshoreContractLine.findFirstOrThrow({ where: { claimId: first.claim.id } })).contractRegNo;
    const second = await submittedOffshoreClaim(db.prisma, "300000.00", 2021);
    // Same contract number in another year's claim of another enterprise is allowed at submission; the reviewer sees it.
    const other = await createOffshoreClaim(db.prisma, second.enterprise.actor, { claimYear: 2023, submit: true, lines: [offshoreLine({ contractRegNo: regNo, executedUsd: "300000.00", contractValueUsd: "300000.00", fxReceiptDate: "2023-05-05" })] });
    const page = await getClaimForReview(db.prisma, NANCHANG, "OFFSHORE", other.id);
    expect(page.flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: "contractSeenElsewhere", contractRegNo: regNo, otherClaimNo: first.claim.claimNo })]));
  });

  it("flags a duplicate person and a missing employer confirmation on a training claim", async () => {
    const r = await reviewer(db.prisma);
    const instA = await institution(db.prisma);
    const instB = await institution(db.prisma);
    const shared = uniqueResidentId("20010101");
    const paid = await submittedTrainingClaim(db.prisma, instA, [shared]);
    await approveClaim(db.prisma, r, { kind: "TRAINING", claimId: paid.id, version: paid.version });
    const claim = await submittedTrainingClaim(db.prisma, instB, [shared, uniqueResidentId("20020202")]);
    const { enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00", 2020);
    await db.prisma.employmentContract.update({ where: { id: claim.lines[1]!.contractId }, data: { employerOrganisationId: enterprise.organisation.id, employerInNanchang: true, confirmation: "DISPUTED" } });
    const page = await getClaimForReview(db.prisma, NANCHANG, "TRAINING", claim.id);
    expect(page.flags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "duplicatePerson", lineId: claim.lines[0]!.id, otherClaimNo: paid.claimNo, alreadyPaid: true }),
        expect.objectContaining({ code: "employerConfirmation", lineId: claim.lines[1]!.id, confirmation: "DISPUTED" }),
      ]),
    );
    // Approval is refused until the employer confirms; the page says so before the reviewer tries.
    expect(page.preview.confirmationMissing).toBe(true);
  });
});
