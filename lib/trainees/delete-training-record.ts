import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { isoDateFromDbDate } from "@/lib/eligibility";
import { NotFoundError } from "@/lib/errors/domain-error";
import { trainingRecordDeleteSchema, type TrainingRecordDeleteInput } from "@/lib/schemas/training-record-edit";
import type { OrganisationActor } from "@/lib/auth/actors";
import { assertNotUsedByClaimLine, assertTraineeFactsEditable, reevaluateDraftLines } from "@/lib/training-claims/claim-dependencies";

/**
 * Deletes a training record with its certificate. Refused while a claim past the draft stage holds
 * the trainee, and while any claim line (a draft's included) points at this record.
 */
export async function deleteTrainingRecord(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof trainingRecordDeleteSchema>) {
  const { trainingRecordId } = input;
  return prisma.$transaction(async (tx) => {
    const record = await tx.trainingRecord.findFirst({
      where: { id: trainingRecordId, trainee: { institutionId: actor.organisationId } },
      include: { certificate: true, trainee: { select: { id: true, personId: true } } },
    });
    if (!record) throw new NotFoundError();
    await assertTraineeFactsEditable(tx, record.trainee);
    await assertNotUsedByClaimLine(tx, { trainingRecordId: record.id });
    await tx.trainingRecord.delete({ where: { id: record.id } });
    await reevaluateDraftLines(tx, actor, record.trainee.id);
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "training.delete",
      targetType: "TrainingRecord",
      targetId: record.id,
      result: "success",
      details: {
        traineeId: record.trainee.id,
        courseName: record.courseName,
        startDate: isoDateFromDbDate(record.startDate),
        endDate: isoDateFromDbDate(record.endDate),
        examPassed: record.examPassed,
        certificateNo: record.certificate?.certificateNo ?? null,
      },
    });
    return { traineeId: record.trainee.id };
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs deleteTrainingRecord. */
export async function deleteTrainingRecordFromInput(prisma: PrismaClient, actor: OrganisationActor, input: TrainingRecordDeleteInput) {
  return deleteTrainingRecord(prisma, actor, trainingRecordDeleteSchema.parse(input));
}
