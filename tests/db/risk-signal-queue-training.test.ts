// Issue 18: the queue's "risk signals" filter for training claims. The codes are stored at the
// claim's submission and refreshed after an employer's account confirms contracts (its confirmation
// burst reads every contract it answered); the threshold is the city's policy parameter.
import { describe, expect, it } from "vitest";
import { decideEmploymentConfirmationFromInput } from "@/lib/employment/decide-employment-confirmation";
import { clearPolicyVersionCache } from "@/lib/policy/load-policy-versions";
import { getClaimForReview } from "@/lib/review/get-claim-for-review";
import { listReviewQueue, queueFilterSchema } from "@/lib/review/list-review-queue";
import { addTrainingClaimLineFromInput } from "@/lib/training-claims/add-training-claim-line";
import { createTrainingClaimFromInput } from "@/lib/training-claims/create-training-claim";
import { submitTrainingClaimFromInput } from "@/lib/training-claims/submit-training-claim";
import { refreshClaimRiskSignals, refreshRiskSignalsAfterConfirmation } from "@/lib/verification/refresh-claim-risk-signals";
import type { TestDatabase } from "@/tooling/db/test-database";
import { qualifyingTrainee, useInstitutionWorld, type InstitutionWorld } from "./institution-helpers";
import { reviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("the queue's risk signal filter for training claims on %s", (kind) => {
  let db: TestDatabase;
  let world: InstitutionWorld;
  useInstitutionWorld(kind, (opened, created) => {
    db = opened;
    world = created;
  });

  it("stores a claim's signals at submission and again after its employer's confirmations, and the filter follows", async () => {
    // Two confirmations from one account within five minutes make a burst under this city's policy.
    await db.prisma.policyVersion.updateMany({ where: { cityId: "nanchang", status: "PUBLISHED" }, data: { riskConfirmationBurstCount: 2 } });
    clearPolicyVersionCache();
    try {
      const actor = world.institution.actor;
      const first = await qualifyingTrainee(db.prisma, actor, world.nanchangEnterprise.organisation.id);
      const second = await qualifyingTrainee(db.prisma, actor, world.nanchangEnterprise.organisation.id);
      let claim = await createTrainingClaimFromInput(db.prisma, actor, { claimYear: 2024 });
      for (const { trainee } of [first, second]) {
        await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: trainee.id });
        claim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
      }
      await submitTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, declaration: true, submissionKey: crypto.randomUUID() });
      // As the submit action does.
      expect(await refreshClaimRiskSignals(db.prisma, "nanchang", { trainingClaimIds: [claim.id] })).toBe(1);
      const stored = async () => (await db.prisma.claimRiskSignals.findUniqueOrThrow({ where: { claimId: claim.id } })).codes;
      const found = async (risk: string) => {
        const viewer = await reviewer(db.prisma);
        return (await listReviewQueue(db.prisma, viewer, queueFilterSchema.parse({ risk }))).rows.map((r) => r.id);
      };
      expect(await stored()).toEqual([]);
      expect(await found("any")).not.toContain(claim.id);

      // The employer confirms both contracts at once; the action refreshes the claims it touched.
      const employer = world.nanchangEnterprise.actor;
      for (const { contract } of [first, second]) await decideEmploymentConfirmationFromInput(db.prisma, employer, { contractId: contract.id, decision: "CONFIRM" });
      expect(await refreshRiskSignalsAfterConfirmation(db.prisma, employer.id, second.contract.id)).toBeGreaterThanOrEqual(1);
      expect(await stored()).toEqual(["CONFIRMATION_BURST"]);
      expect(await found("any")).toContain(claim.id);
      expect(await found("CONFIRMATION_BURST")).toContain(claim.id);
      expect(await found("EMPLOYER_IS_INSTITUTION")).not.toContain(claim.id);
      const page = await getClaimForReview(db.prisma, { cityId: "nanchang" }, "TRAINING", claim.id);
      expect(page.signals.map((s) => s.code)).toEqual(["CONFIRMATION_BURST"]);
      expect(page.signals[0]).toMatchObject({ confirmations: 2, threshold: 2 });
    } finally {
      await db.prisma.policyVersion.updateMany({ where: { cityId: "nanchang", status: "PUBLISHED" }, data: { riskConfirmationBurstCount: 10 } });
      clearPolicyVersionCache();
    }
  });
});
