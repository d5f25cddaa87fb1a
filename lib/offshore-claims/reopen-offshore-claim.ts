import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { fromStatuses, isWithdrawn, targetStatus } from "@/lib/claim-lifecycle";
import { withdrawOffshoreClaimSchema, type WithdrawOffshoreClaimInput } from "@/lib/schemas/offshore-claim";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * Turns a withdrawn claim back into a draft. There is one claim per enterprise and year, so
 * without this a withdrawal would close the year for good; the history keeps both steps.
 */
export async function reopenOffshoreClaim(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof withdrawOffshoreClaimSchema>) {
  const { claimId, version } = input;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.offshoreClaim.updateMany({
      where: { id: claimId, organisationId: actor.organisationId, status: { in: fromStatuses("reopen", "OFFSHORE") }, version },
      data: { status: targetStatus("reopen"), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const claim = await tx.offshoreClaim.findFirst({ where: { id: claimId, organisationId: actor.organisationId } });
      if (!claim) throw new NotFoundError();
      throw new DomainError(isWithdrawn(claim.status) ? "staleForm" : "claimNotEditable");
    }
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "offshore-claim.reopen",
      targetType: "OffshoreClaim",
      targetId: claimId,
      result: "success",
    });
    return tx.offshoreClaim.findUniqueOrThrow({ where: { id: claimId } });
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs reopenOffshoreClaim. */
export async function reopenOffshoreClaimFromInput(prisma: PrismaClient, actor: OrganisationActor, input: WithdrawOffshoreClaimInput) {
  return reopenOffshoreClaim(prisma, actor, withdrawOffshoreClaimSchema.parse(input));
}
