import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { dbDateFromIsoDate, isoDateFromDbDate } from "@/lib/eligibility";
import { NotFoundError } from "@/lib/errors/domain-error";
import { trainingRecordUpdateSchema, type TrainingRecordUpdateInput } from "@/lib/schemas/training-record-edit";
import type { OrganisationActor } from "@/lib/auth/actors";
import { assertTraineeFactsEditable, reevaluateDraftLines } from "@/lib/training-claims/claim-dependencies";

/**
 * Edits a training record and its certificate (added, changed or removed with the form's fields).
 * Refused while a claim past the draft stage holds the trainee; draft lines are evaluated again in
 * the same transaction (claim-dependencies.ts). The audit entry records what was there before.
 */
export async function updateTrainingRecord(prisma: PrismaClient, actor: OrganisationActor, data: z.output<typeof trainingRecordUpdateSchema>) {
  return prisma.$transaction(async (tx) => {
    const record = await tx.trainingRecord.findFirst({
      where: { id: data.trainingRecordId, traineeId: data.traineeId, trainee: { institutionId: actor.organisationId } },
      include: { certificate: true, trainee: { select: { id: true, personId: true } } },
    });
    if (!record) throw new NotFoundError();
    await assertTraineeFactsEditable(tx, record.trainee);
    const certificate = data.certificateNo && data.certificateIssuedOn
      ? { certificateNo: data.certificateNo, issuedOn: dbDateFromIsoDate(data.certificateIssuedOn) }
      : null;
    const updated = await tx.trainingRecord.update({
      where: { id: record.id },
      data: {
        courseName: data.courseName,
        startDate: dbDateFromIsoDate(data.startDate),
        endDate: dbDateFromIsoDate(data.endDate),
        examPassed: data.examPassed,
        certificate: certificate
          ? { upsert: { create: certificate, update: certificate } }
          : record.certificate ? { delete: true } : undefined,
      },
    });
    const redone = await reevaluateDraftLines(tx, actor, record.trainee.id);
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "training.update",
      targetType: "TrainingRecord",
      targetId: record.id,
      result: "success",
      details: {
        traineeId: record.trainee.id,
        before: {
          courseName: record.courseName,
          startDate: isoDateFromDbDate(record.startDate),
          endDate: isoDateFromDbDate(record.endDate),
          examPassed: record.examPassed,
          certificateNo: record.certificate?.certificateNo ?? null,
          certificateIssuedOn: record.certificate ? isoDateFromDbDate(record.certificate.issuedOn) : null,
        },
        after: {
          courseName: data.courseName,
          startDate: data.startDate,
          endDate: data.endDate,
          examPassed: data.examPassed,
          certificateNo: certificate?.certificateNo ?? null,
          certificateIssuedOn: data.certificateIssuedOn ?? null,
        },
        draftClaimsReevaluated: redone.map((r) => r.claimId),
      },
    });
    return updated;
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs updateTrainingRecord. */
export async function updateTrainingRecordFromInput(prisma: PrismaClient, actor: OrganisationActor, input: TrainingRecordUpdateInput) {
  return updateTrainingRecord(prisma, actor, trainingRecordUpdateSchema.parse(input));
}
