import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { dbDateFromIsoDate, isoDateFromDbDate } from "@/lib/eligibility";
import { NotFoundError } from "@/lib/errors/domain-error";
import { tellEmployerOfPendingContract } from "@/lib/notifications/notify-employer-of-contract";
import { employmentContractUpdateSchema, type EmploymentContractUpdateInput } from "@/lib/schemas/training-record-edit";
import type { OrganisationActor } from "@/lib/auth/actors";
import { assertTraineeFactsEditable, reevaluateDraftLines } from "@/lib/training-claims/claim-dependencies";
import { resolveEmployer } from "./resolve-employer";

/**
 * Edits a labour contract. The employer is resolved again (location derived, never chosen). A
 * registered employer's confirmation answered the contract as it was: after any edit it is asked
 * again (PENDING, previous answer cleared); an outside employer needs none. Refused while a claim
 * past the draft stage holds the trainee; draft lines are evaluated again (claim-dependencies.ts).
 * The employer asked again is told (mails returned in `emails` for after the commit).
 */
export async function updateEmploymentContract(prisma: PrismaClient, actor: OrganisationActor, data: z.output<typeof employmentContractUpdateSchema>) {
  return prisma.$transaction(async (tx) => {
    const contract = await tx.employmentContract.findFirst({
      where: { id: data.contractId, traineeId: data.traineeId, trainee: { institutionId: actor.organisationId } },
      include: { trainee: { select: { id: true, personId: true } } },
    });
    if (!contract) throw new NotFoundError();
    await assertTraineeFactsEditable(tx, contract.trainee);
    const employer = await resolveEmployer(tx, actor.cityId, data);
    const updated = await tx.employmentContract.update({
      where: { id: contract.id },
      data: {
        ...employer,
        employerIsServiceOutsourcing: data.employerIsServiceOutsourcing,
        signedOn: dbDateFromIsoDate(data.signedOn),
        startDate: dbDateFromIsoDate(data.startDate),
        endDate: dbDateFromIsoDate(data.endDate),
        confirmedById: null,
        confirmedAt: null,
        disputeReason: null,
        // Asked again: the reminder clock (updatedAt) starts again too.
        confirmationRemindedAt: null,
      },
    });
    const redone = await reevaluateDraftLines(tx, actor, contract.trainee.id);
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "employment-contract.update",
      targetType: "EmploymentContract",
      targetId: contract.id,
      result: "success",
      details: {
        traineeId: contract.trainee.id,
        before: {
          employerOrganisationId: contract.employerOrganisationId,
          outsideEmployerCreditCode: contract.outsideEmployerCreditCode,
          employerInNanchang: contract.employerInNanchang,
          signedOn: isoDateFromDbDate(contract.signedOn),
          startDate: isoDateFromDbDate(contract.startDate),
          endDate: isoDateFromDbDate(contract.endDate),
          confirmation: contract.confirmation,
        },
        after: {
          employerOrganisationId: employer.employerOrganisationId,
          outsideEmployerCreditCode: employer.outsideEmployerCreditCode,
          employerInNanchang: employer.employerInNanchang,
          signedOn: data.signedOn,
          startDate: data.startDate,
          endDate: data.endDate,
          confirmation: employer.confirmation,
        },
        draftClaimsReevaluated: redone.map((r) => r.claimId),
      },
    });
    const emails = await tellEmployerOfPendingContract(tx, actor.organisationId, updated);
    return Object.assign(updated, { emails });
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs updateEmploymentContract. */
export async function updateEmploymentContractFromInput(prisma: PrismaClient, actor: OrganisationActor, input: EmploymentContractUpdateInput) {
  return updateEmploymentContract(prisma, actor, employmentContractUpdateSchema.parse(input));
}
