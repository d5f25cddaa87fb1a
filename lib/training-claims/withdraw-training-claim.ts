import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { targetStatus, type ClaimStatus } from "@/lib/claim-lifecycle";
import { canWithdrawClaim, withdrawableWhere } from "@/lib/claim-submission/withdrawable";
import { withdrawTrainingClaimSchema, type WithdrawTrainingClaimInput } from "@/lib/schemas/training-claim";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * The institution takes back a draft, or a submitted claim no reviewer has started (still
 * SUBMITTED, nobody assigned, no decision). Conditions sit in the update's where clause.
 */
export async function withdrawTrainingClaim(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof withdrawTrainingClaimSchema>) {
  const { claimId, version } = input;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.trainingClaim.updateMany({
      where: {
        id: claimId,
        institutionId: actor.organisationId,
        version,
        OR: withdrawableWhere("TRAINING"),
      },
      data: { status: targetStatus("withdraw"), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const claim = await tx.trainingClaim.findFirst({ where: { id: claimId, institutionId: actor.organisationId } });
      if (!claim) throw new NotFoundError();
      throw new DomainError(claim.version !== version ? "staleForm" : "claimNotWithdrawable");
    }
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "training-claim.withdraw",
      targetType: "TrainingClaim",
      targetId: claimId,
      result: "success",
    });
    return tx.trainingClaim.findUniqueOrThrow({ where: { id: claimId } });
  });
}

export function canWithdrawTrainingClaim(claim: { status: ClaimStatus; assignedReviewerId: string | null }, decisionCount: number): boolean {
  return canWithdrawClaim("TRAINING", claim, decisionCount);
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs withdrawTrainingClaim. */
export async function withdrawTrainingClaimFromInput(prisma: PrismaClient, actor: OrganisationActor, input: WithdrawTrainingClaimInput) {
  return withdrawTrainingClaim(prisma, actor, withdrawTrainingClaimSchema.parse(input));
}
