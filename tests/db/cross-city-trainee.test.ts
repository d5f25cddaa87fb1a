// Issue 22: "A trainee subsidised in another city is shown to the reviewer as a signal, not a
// refusal (each city pays from its own budget)". One person trained in Nanchang and in Changsha:
// each city grants them once from its own budget (its own ledger key), the second city's reviewer
// sees the first city's grant as a signal naming it, and a second claim in the same city is still
// the duplicate it always was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reviewer } from "@/lib/auth/actors";
import { approveClaim } from "@/lib/review/approve-claim";
import { getClaimForReview } from "@/lib/review/get-claim-for-review";
import { findDuplicateClaim } from "@/lib/training-claims/find-duplicate-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOrganisationWithUser, createStaff } from "@/prisma/seed/factories";
import { SECOND_CITY, ensureSecondCity } from "@/prisma/seed/second-city";
import { institution, reviewer, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("a trainee subsidised in two cities on %s", (kind) => {
  let db: TestDatabase;
  let nanchangReviewer: Reviewer;
  let changshaReviewer: Reviewer;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureSecondCity(db.prisma);
    nanchangReviewer = await reviewer(db.prisma);
    const staff = await createStaff(db.prisma, { email: `cs-reviewer-${Date.now()}@bureau.test`, name: "岳审核", role: "REVIEWER", cityId: SECOND_CITY.id });
    changshaReviewer = { id: staff.id, role: "REVIEWER", cityId: SECOND_CITY.id };
  });
  afterAll(async () => db?.close());

  const changshaInstitution = () =>
    createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION", region: "430104", district: "YUELU" });

  it("is granted once by each city, the second city's reviewer seeing the first city's grant by its name", async () => {
    const idNumber = uniqueResidentId();
    const nanchangClaim = await submittedTrainingClaim(db.prisma, await institution(db.prisma), [idNumber]);
    expect(await approveClaim(db.prisma, nanchangReviewer, { kind: "TRAINING", claimId: nanchangClaim.id, version: nanchangClaim.version })).toMatchObject({ status: "IN_NOTICE" });
    const personId = nanchangClaim.lines[0]!.personId;
    // The built-in city's key keeps its first form.
    expect((await db.prisma.ledgerEntry.findMany({ where: { personId }, select: { grantKey: true } })).map((e) => e.grantKey).sort()).toEqual([`B_INSTITUTION:${personId}`, `B_TRAINEE:${personId}`]);

    const changsha = await changshaInstitution();
    // Nanchang's grant does not take the person in Changsha.
    expect(await findDuplicateClaim(db.prisma, personId, changsha.actor)).toEqual({ alreadySubsidised: false, alreadyClaimed: false });
    const changshaClaim = await submittedTrainingClaim(db.prisma, changsha, [idNumber]);
    expect(changshaClaim.lines[0]!.personId).toBe(personId);
    const review = await getClaimForReview(db.prisma, changshaReviewer, "TRAINING", changshaClaim.id);
    expect(review.flags).toEqual([{ code: "personInOtherCity", lineId: changshaClaim.lines[0]!.id, cityNameZh: "南昌市", cityNameEn: "Nanchang", subsidised: true }]);

    expect(await approveClaim(db.prisma, changshaReviewer, { kind: "TRAINING", claimId: changshaClaim.id, version: changshaClaim.version })).toMatchObject({ status: "IN_NOTICE" });
    const changshaGrants = await db.prisma.ledgerEntry.findMany({ where: { trainingClaimId: changshaClaim.id }, select: { grantKey: true, amountFen: true }, orderBy: { grantKey: "asc" } });
    // Changsha's own rates for an employer outside the city (800 + 400 RMB), under Changsha's key.
    expect(changshaGrants).toEqual([
      { grantKey: `B_INSTITUTION:changsha:${personId}`, amountFen: 400_00 },
      { grantKey: `B_TRAINEE:changsha:${personId}`, amountFen: 800_00 },
    ]);

    // Nanchang's reviewer now sees Changsha's grant on Nanchang's claim, as a signal only.
    const nanchangReview = await getClaimForReview(db.prisma, nanchangReviewer, "TRAINING", nanchangClaim.id);
    expect(nanchangReview.flags).toContainEqual({ code: "personInOtherCity", lineId: nanchangClaim.lines[0]!.id, cityNameZh: "长沙市", cityNameEn: "Changsha", subsidised: true });
    expect(nanchangReview.flags.some((f) => f.code === "duplicatePerson")).toBe(false);
  });

  it("within one city the person is still taken: a second claim there grants nothing", async () => {
    const idNumber = uniqueResidentId();
    const changsha = await changshaInstitution();
    const first = await submittedTrainingClaim(db.prisma, changsha, [idNumber]);
    await approveClaim(db.prisma, changshaReviewer, { kind: "TRAINING", claimId: first.id, version: first.version });
    const personId = first.lines[0]!.personId;
    const other = await changshaInstitution();
    expect(await findDuplicateClaim(db.prisma, personId, other.actor)).toEqual({ alreadySubsidised: true, alreadyClaimed: true });
    const second = await submittedTrainingClaim(db.prisma, other, [idNumber]);
    const review = await getClaimForReview(db.prisma, changshaReviewer, "TRAINING", second.id);
    expect(review.flags).toContainEqual(expect.objectContaining({ code: "duplicatePerson", lineId: second.lines[0]!.id, alreadyPaid: true }));
    expect(review.flags.some((f) => f.code === "personInOtherCity")).toBe(false);
    // The reviewer cannot approve it: under the city's rule the only line earns nothing.
    await expect(approveClaim(db.prisma, changshaReviewer, { kind: "TRAINING", claimId: second.id, version: second.version })).rejects.toThrow("nothingToGrant");
    expect(await db.prisma.ledgerEntry.count({ where: { trainingClaimId: second.id } })).toBe(0);
    expect(await db.prisma.ledgerEntry.count({ where: { personId, rule: "B_TRAINEE" } })).toBe(1);
  });
});
