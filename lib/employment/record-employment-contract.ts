import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { tellEmployerOfPendingContract } from "@/lib/notifications/notify-employer-of-contract";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { NotFoundError } from "@/lib/errors/domain-error";
import { employmentContractSchema, type EmploymentContractInput } from "@/lib/schemas/employment-contract";
import type { OrganisationActor } from "@/lib/auth/actors";
import { resolveEmployer } from "./resolve-employer";

/**
 * Records a trainee's labour contract; a registered employer is asked to confirm it (PENDING)
 * and told so (inbox items now, mails returned in `emails` for after the commit).
 */
export async function recordEmploymentContract(prisma: PrismaClient, actor: OrganisationActor, data: z.output<typeof employmentContractSchema>) {
  return prisma.$transaction(async (tx) => {
    const trainee = await tx.trainee.findFirst({ where: { id: data.traineeId, institutionId: actor.organisationId }, select: { id: true } });
    if (!trainee) throw new NotFoundError();
    const employer = await resolveEmployer(tx, actor.cityId, data);
    const contract = await tx.employmentContract.create({
      data: {
        traineeId: trainee.id,
        ...employer,
        employerIsServiceOutsourcing: data.employerIsServiceOutsourcing,
        signedOn: dbDateFromIsoDate(data.signedOn),
        startDate: dbDateFromIsoDate(data.startDate),
        endDate: dbDateFromIsoDate(data.endDate),
      },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "employment-contract.record",
      targetType: "EmploymentContract",
      targetId: contract.id,
      result: "success",
      details: { traineeId: trainee.id, employerOrganisationId: employer.employerOrganisationId, employerInNanchang: employer.employerInNanchang },
    });
    const emails = await tellEmployerOfPendingContract(tx, actor.organisationId, contract);
    return Object.assign(contract, { emails });
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs recordEmploymentContract. */
export async function recordEmploymentContractFromInput(prisma: PrismaClient, actor: OrganisationActor, input: EmploymentContractInput) {
  return recordEmploymentContract(prisma, actor, employmentContractSchema.parse(input));
}
