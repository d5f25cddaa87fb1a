import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { employmentDecisionSchema, type EmploymentDecisionInput } from "@/lib/schemas/employment-contract";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * The named employer confirms or disputes a contract. Only the employer itself matches the where
 * clause; a contract already confirmed cannot be disputed later through this page (a pending or
 * disputed one can still be answered), so an approved claim is never undermined silently.
 */
export async function decideEmploymentConfirmation(prisma: PrismaClient, actor: OrganisationActor, data: z.output<typeof employmentDecisionSchema>) {
  const confirmation = data.decision === "CONFIRM" ? "CONFIRMED" : "DISPUTED";
  return prisma.$transaction(async (tx) => {
    const updated = await tx.employmentContract.updateMany({
      where: { id: data.contractId, employerOrganisationId: actor.organisationId, confirmation: { in: ["PENDING", "DISPUTED"] } },
      data: {
        confirmation,
        confirmedById: actor.id,
        confirmedAt: new Date(),
        disputeReason: data.decision === "DISPUTE" ? data.reason ?? null : null,
      },
    });
    if (updated.count === 0) {
      const exists = await tx.employmentContract.findFirst({ where: { id: data.contractId, employerOrganisationId: actor.organisationId }, select: { id: true } });
      if (!exists) throw new NotFoundError();
      throw new DomainError("employmentAlreadyConfirmed");
    }
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: data.decision === "CONFIRM" ? "employment-contract.confirm" : "employment-contract.dispute",
      targetType: "EmploymentContract",
      targetId: data.contractId,
      result: "success",
      details: data.decision === "DISPUTE" ? { reason: data.reason ?? "" } : undefined,
    });
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs decideEmploymentConfirmation. */
export async function decideEmploymentConfirmationFromInput(prisma: PrismaClient, actor: OrganisationActor, input: EmploymentDecisionInput) {
  return decideEmploymentConfirmation(prisma, actor, employmentDecisionSchema.parse(input));
}
