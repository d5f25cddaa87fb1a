import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { trainingClaimLineSchema, type TrainingClaimLineInput } from "@/lib/schemas/training-claim";
import type { OrganisationActor } from "@/lib/auth/actors";
import { lockEditableClaim, lockPerson, refreshClaimTotals } from "./editable";
import { evaluateTraineeForClaim } from "./evaluate-trainee-for-claim";
import { findDuplicateClaim } from "./find-duplicate-claim";

/**
 * Adds a qualifying trainee to a draft claim. A trainee who fails a condition is refused with the
 * evaluation (so the page shows why); a person already subsidised or in another open claim is
 * refused as a duplicate without saying which claim holds it.
 */
export async function addTrainingClaimLine(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof trainingClaimLineSchema>) {
  const { claimId, version, traineeId } = input;
  return prisma.$transaction(async (tx) => {
    const claim = await lockEditableClaim(tx, actor.organisationId, claimId, version);
    const trainee = await tx.trainee.findFirst({ where: { id: traineeId, institutionId: actor.organisationId }, select: { personId: true } });
    if (!trainee) throw new NotFoundError();
    await lockPerson(tx, trainee.personId);
    const inThisClaim = await tx.trainingClaimLine.findFirst({ where: { claimId, personId: trainee.personId }, select: { id: true } });
    if (inThisClaim) throw new DomainError("traineeAlreadyInClaim");
    const duplicate = await findDuplicateClaim(tx, trainee.personId, actor, claimId);
    if (duplicate.alreadyClaimed) throw new DomainError("duplicatePersonInClaim");
    const evaluation = await evaluateTraineeForClaim(tx, actor, traineeId, duplicate.alreadySubsidised);
    if (!evaluation.result.eligible) {
      throw new DomainError(duplicate.alreadySubsidised ? "personAlreadySubsidised" : "traineeNotEligible", undefined, {
        reasons: evaluation.result.reasons.filter((r) => !r.passed).map((r) => r.messageKey).join("|"),
      });
    }
    const line = await tx.trainingClaimLine.create({
      data: {
        claimId,
        traineeId,
        personId: trainee.personId,
        trainingRecordId: evaluation.trainingRecordId,
        contractId: evaluation.contractId,
        policyVersionId: evaluation.result.policyVersionId,
        eligible: true,
        traineeFen: evaluation.result.traineeFen,
        institutionFen: evaluation.result.institutionFen,
        evaluation: evaluation.result as unknown as Prisma.InputJsonValue,
      },
    });
    await refreshClaimTotals(tx, claim.id, version);
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "training-claim.add-line",
      targetType: "TrainingClaim",
      targetId: claimId,
      result: "success",
      details: { lineId: line.id, traineeFen: line.traineeFen, institutionFen: line.institutionFen },
    });
    return line;
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs addTrainingClaimLine. */
export async function addTrainingClaimLineFromInput(prisma: PrismaClient, actor: OrganisationActor, input: TrainingClaimLineInput) {
  return addTrainingClaimLine(prisma, actor, trainingClaimLineSchema.parse(input));
}
