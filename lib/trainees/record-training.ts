import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { NotFoundError } from "@/lib/errors/domain-error";
import { trainingRecordSchema, type TrainingRecordInput } from "@/lib/schemas/training";
import type { OrganisationActor } from "@/lib/auth/actors";

/** Records a course, its exam result and, when passed, the certificate, for one of the institution's trainees. */
export async function recordTraining(prisma: PrismaClient, actor: OrganisationActor, data: z.output<typeof trainingRecordSchema>) {
  return prisma.$transaction(async (tx) => {
    const trainee = await tx.trainee.findFirst({ where: { id: data.traineeId, institutionId: actor.organisationId }, select: { id: true } });
    if (!trainee) throw new NotFoundError();
    const record = await tx.trainingRecord.create({
      data: {
        traineeId: trainee.id,
        courseName: data.courseName,
        startDate: dbDateFromIsoDate(data.startDate),
        endDate: dbDateFromIsoDate(data.endDate),
        examPassed: data.examPassed,
        ...(data.certificateNo && data.certificateIssuedOn
          ? { certificate: { create: { certificateNo: data.certificateNo, issuedOn: dbDateFromIsoDate(data.certificateIssuedOn) } } }
          : {}),
      },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "training.record",
      targetType: "TrainingRecord",
      targetId: record.id,
      result: "success",
      details: { traineeId: trainee.id, examPassed: data.examPassed, certificate: !!data.certificateNo },
    });
    return record;
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs recordTraining. */
export async function recordTrainingFromInput(prisma: PrismaClient, actor: OrganisationActor, input: TrainingRecordInput) {
  return recordTraining(prisma, actor, trainingRecordSchema.parse(input));
}
