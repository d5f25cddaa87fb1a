import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { sumTrainingClaimLines } from "@/lib/eligibility";
import { checkSubmittable, recordSubmission } from "@/lib/claim-submission/submission-steps";
import { assertOrganisationBankAccount } from "@/lib/claim-submission/assert-payee-bank-accounts";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyReviewersOfSubmission } from "@/lib/notifications/notify-reviewers-of-submission";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { submitTrainingClaimSchema, type SubmitTrainingClaimInput } from "@/lib/schemas/training-claim";
import type { OrganisationActor } from "@/lib/auth/actors";
import { isChangesRequested, targetStatus } from "@/lib/claim-lifecycle";
import { lockPerson } from "./editable";
import { evaluateTraineeForClaim } from "./evaluate-trainee-for-claim";
import { findDuplicateClaim } from "./find-duplicate-claim";
import { assertOrganisationActive } from "@/lib/organisations/assert-organisation-active";

/**
 * Submits a draft (or a claim sent back for changes). Every line is re-evaluated on the stored
 * facts and the duplicate rule re-checked under a per-person lock (another institution may have
 * submitted the same person meanwhile). Idempotent by submission key, like the offshore claim.
 * The reviewers' mails come back in `emails`, to queue once the transaction has committed.
 */
export async function submitTrainingClaim(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof submitTrainingClaimSchema>) {
  const { claimId, version, submissionKey } = input;
  return prisma.$transaction(async (tx) => {
    const claim = await tx.trainingClaim.findFirst({
      where: { id: claimId, institutionId: actor.organisationId },
      include: { lines: { orderBy: { createdAt: "asc" } } },
    });
    if (!claim) throw new NotFoundError();
    if (checkSubmittable(claim, { version, submissionKey }) === "already") return Object.assign(claim, { emails: [] as EmailJob[] });
    await assertOrganisationActive(tx, actor.organisationId);
    await assertOrganisationBankAccount(tx, actor.organisationId);

    const policies = await loadPolicyVersions(tx, actor.cityId);
    const evaluated = [];
    // Locks in a fixed order: two claims sharing people cannot deadlock each other.
    for (const line of [...claim.lines].sort((a, b) => a.personId.localeCompare(b.personId))) await lockPerson(tx, line.personId);
    for (const line of claim.lines) {
      const duplicate = await findDuplicateClaim(tx, line.personId, actor, claim.id);
      if (duplicate.alreadyClaimed) throw new DomainError("duplicatePersonInClaim");
      const evaluation = await evaluateTraineeForClaim(tx, actor, line.traineeId, duplicate.alreadySubsidised, policies);
      if (!evaluation.result.eligible) throw new DomainError("lineNotEligible", undefined, { lineId: line.id });
      evaluated.push({ line, evaluation });
    }
    for (const { line, evaluation } of evaluated) {
      await tx.trainingClaimLine.update({
        where: { id: line.id },
        data: {
          trainingRecordId: evaluation.trainingRecordId,
          contractId: evaluation.contractId,
          policyVersionId: evaluation.result.policyVersionId,
          eligible: true,
          traineeFen: evaluation.result.traineeFen,
          institutionFen: evaluation.result.institutionFen,
          evaluation: evaluation.result as unknown as Prisma.InputJsonValue,
        },
      });
    }
    const totals = sumTrainingClaimLines(evaluated.map((e) => e.evaluation.result));
    const resubmission = isChangesRequested(claim.status);
    const submittedAt = new Date();
    const snapshot = {
      claimNo: claim.claimNo,
      claimYear: claim.claimYear,
      totals,
      lines: evaluated.map(({ line, evaluation }) => ({
        lineId: line.id,
        traineeId: line.traineeId,
        personId: line.personId,
        trainingRecordId: evaluation.trainingRecordId,
        contractId: evaluation.contractId,
        policyVersionId: evaluation.result.policyVersionId,
        traineeFen: evaluation.result.traineeFen,
        institutionFen: evaluation.result.institutionFen,
      })),
    };
    return recordSubmission(tx, {
      submissionKey,
      update: () =>
        tx.trainingClaim.updateManyAndReturn({
          where: { id: claim.id, version },
          data: {
            status: targetStatus("submit"),
            traineeTotalFen: totals.traineeTotalFen,
            institutionTotalFen: totals.institutionTotalFen,
            declarationAcceptedAt: submittedAt,
            submissionKey,
            submittedAt,
            submissionCount: { increment: 1 },
            version: { increment: 1 },
          },
        }),
      reread: () => tx.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } }),
      notify: (updated) =>
        notifyReviewersOfSubmission(tx, {
          kind: "TRAINING",
          id: updated.id,
          claimNo: updated.claimNo,
          applicantOrganisationId: updated.institutionId,
          cityId: updated.cityId,
          assignedReviewerId: updated.assignedReviewerId,
          resubmission,
        }),
      submission: {
        claimKind: "TRAINING",
        trainingClaimId: claim.id,
        sequence: claim.submissionCount + 1,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        evaluation: evaluated.map(({ line, evaluation }) => ({ lineId: line.id, ...evaluation.result })) as unknown as Prisma.InputJsonValue,
        submittedById: actor.id,
        submittedAt,
      },
      audit: {
        actorId: actor.id,
        actorRole: actor.role,
        action: resubmission ? "training-claim.resubmit" : "training-claim.submit",
        targetType: "TrainingClaim",
        targetId: claim.id,
        result: "success",
        details: { lines: evaluated.length, traineeTotalFen: totals.traineeTotalFen, institutionTotalFen: totals.institutionTotalFen },
      },
    });
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs submitTrainingClaim. */
export async function submitTrainingClaimFromInput(prisma: PrismaClient, actor: OrganisationActor, input: SubmitTrainingClaimInput) {
  return submitTrainingClaim(prisma, actor, submitTrainingClaimSchema.parse(input));
}
