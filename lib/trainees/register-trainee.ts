import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { encryptPii, last4, lookupHash } from "@/lib/crypto/pii";
import { checkResidentId, dbDateFromIsoDate, maskResidentId } from "@/lib/eligibility";
import { DomainError } from "@/lib/errors/domain-error";
import { traineeSchema, type TraineeInput } from "@/lib/schemas/trainee";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * Registers a trainee with the institution. The person is found by the keyed hash of the ID
 * number: if another institution registered the same person, this institution gets its own
 * record linked to the same person and learns nothing about the other institution.
 */
export async function registerTrainee(prisma: PrismaClient, actor: OrganisationActor, data: z.output<typeof traineeSchema>) {
  const check = checkResidentId(data.idNumber);
  if (!check.valid) throw new DomainError("residentIdFormat", "idNumber");
  const idNumberHash = lookupHash(check.id);

  return prisma.$transaction(async (tx) => {
    // Insert-or-ignore, then read: two institutions registering the same person at once both
    // end up with the one Person row the unique hash allows.
    await tx.person.createMany({
      data: [
        {
          idNumberHash,
          idNumberEnc: encryptPii(check.id),
          idNumberMasked: maskResidentId(check.id),
          birthDate: dbDateFromIsoDate(check.birthDate),
        },
      ],
      skipDuplicates: true,
    });
    const person = await tx.person.findUniqueOrThrow({ where: { idNumberHash }, select: { id: true } });
    const existing = await tx.trainee.findUnique({
      where: { institutionId_personId: { institutionId: actor.organisationId, personId: person.id } },
      select: { id: true },
    });
    if (existing) throw new DomainError("traineeAlreadyRegistered", "idNumber");
    const trainee = await tx.trainee.create({
      data: {
        institutionId: actor.organisationId,
        personId: person.id,
        name: data.name,
        college: data.college,
        collegeLevel: data.collegeLevel,
        studentStatus: data.studentStatus,
        phone: data.phone,
        bankName: data.bankName ?? null,
        bankAccountEnc: data.bankAccount ? encryptPii(data.bankAccount) : null,
        bankAccountLast4: data.bankAccount ? last4(data.bankAccount) : null,
      },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "trainee.register",
      targetType: "Trainee",
      targetId: trainee.id,
      result: "success",
    });
    return trainee;
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs registerTrainee. */
export async function registerTraineeFromInput(prisma: PrismaClient, actor: OrganisationActor, input: TraineeInput) {
  return registerTrainee(prisma, actor, traineeSchema.parse(input));
}
