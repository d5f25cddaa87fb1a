import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { allows, targetStatus, type ClaimStatus } from "@/lib/claim-lifecycle";
import { canWithdrawClaim, withdrawableWhere } from "@/lib/claim-submission/withdrawable";
import { withdrawOffshoreClaimSchema, type WithdrawOffshoreClaimInput } from "@/lib/schemas/offshore-claim";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * The applicant takes back a submitted claim that no reviewer has started: still SUBMITTED,
 * nobody assigned, no decision recorded. The conditions sit in the update's where clause, so a
 * reviewer picking the claim up at the same moment wins or loses cleanly.
 */
export async function withdrawOffshoreClaim(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof withdrawOffshoreClaimSchema>) {
  const { claimId, version } = input;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.offshoreClaim.updateMany({
      where: {
        id: claimId,
        organisationId: actor.organisationId,
        version,
        OR: withdrawableWhere("OFFSHORE"),
      },
      data: { status: targetStatus("withdraw"), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const claim = await tx.offshoreClaim.findFirst({ where: { id: claimId, organisationId: actor.organisationId } });
      if (!claim) throw new NotFoundError();
      throw new DomainError(claim.version !== version && allows("OFFSHORE", claim.status, "withdraw") ? "staleForm" : "claimNotWithdrawable");
    }
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "offshore-claim.withdraw",
      targetType: "OffshoreClaim",
      targetId: claimId,
      result: "success",
    });
    return tx.offshoreClaim.findUniqueOrThrow({ where: { id: claimId } });
  });
}

/** Whether the page should offer withdrawal (the operation re-checks all of it). */
export function canWithdraw(claim: { status: ClaimStatus; assignedReviewerId: string | null }, decisionCount: number): boolean {
  return canWithdrawClaim("OFFSHORE", claim, decisionCount);
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs withdrawOffshoreClaim. */
export async function withdrawOffshoreClaimFromInput(prisma: PrismaClient, actor: OrganisationActor, input: WithdrawOffshoreClaimInput) {
  return withdrawOffshoreClaim(prisma, actor, withdrawOffshoreClaimSchema.parse(input));
}
