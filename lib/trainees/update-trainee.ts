import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { encryptPii, last4 } from "@/lib/crypto/pii";
import { NotFoundError } from "@/lib/errors/domain-error";
import { recordBankAccountChange } from "@/lib/grants/payments/record-bank-account-change";
import { traineeUpdateSchema, type TraineeUpdateInput } from "@/lib/schemas/trainee";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * Edits a trainee's details. The ID number is not editable: a wrong one means a new registration.
 * The trainee is a payee of its own subsidy: a changed account may hold its unpaid grants until a
 * reviewer confirms it; the returned e-mails tell the institution's members.
 */
export async function updateTrainee(prisma: PrismaClient, actor: OrganisationActor, data: z.output<typeof traineeUpdateSchema>) {
  return prisma.$transaction(async (tx) => {
    const previous = await tx.trainee.findFirst({
      where: { id: data.traineeId, institutionId: actor.organisationId },
      select: { bankName: true, bankAccountEnc: true, bankAccountLast4: true },
    });
    const updated = await tx.trainee.updateMany({
      where: { id: data.traineeId, institutionId: actor.organisationId },
      data: {
        name: data.name,
        college: data.college,
        collegeLevel: data.collegeLevel,
        studentStatus: data.studentStatus,
        phone: data.phone,
        bankName: data.bankName ?? null,
        ...(data.bankAccount ? { bankAccountEnc: encryptPii(data.bankAccount), bankAccountLast4: last4(data.bankAccount) } : {}),
      },
    });
    if (updated.count === 0) throw new NotFoundError();
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "trainee.update",
      targetType: "Trainee",
      targetId: data.traineeId,
      result: "success",
    });
    const emails = data.bankAccount
      ? await recordBankAccountChange(tx, {
          payee: { traineeId: data.traineeId },
          notifyOrganisationId: actor.organisationId,
          payeeName: data.name,
          actor,
          previous: previous!,
          next: { bankName: data.bankName ?? null, bankAccount: data.bankAccount },
        })
      : [];
    return { emails };
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs updateTrainee. */
export async function updateTraineeFromInput(prisma: PrismaClient, actor: OrganisationActor, input: TraineeUpdateInput) {
  return updateTrainee(prisma, actor, traineeUpdateSchema.parse(input));
}
