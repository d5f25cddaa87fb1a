import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { assertNoConflict } from "./assert-no-conflict";
import { loadClaimForDecision, resolveTransition, transitionClaim } from "./claim-head";
import { grantClaim } from "./grant-claim";
import { recordDecision } from "./record-decision";
import type { ApproveClaimInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";

/**
 * Four eyes: the second approval of a claim at or above the threshold, by a reviewer other than
 * the one who approved first. Only now are the ledger rows written, with the amount evaluated
 * once more under the grant lock, from the ledger as it stands (never more than the first
 * reviewer saw, since grants only grow). One UPDATE, one transaction, as in approveClaim.
 */
export async function secondApproveClaim(
  prisma: PrismaClient,
  reviewer: Reviewer,
  input: ApproveClaimInput,
  now: Date = new Date(),
): Promise<{ amountFen: number; emails: EmailJob[] }> {
  return prisma.$transaction(
    async (tx) => {
      const { head, claims } = await loadClaimForDecision(tx, input.kind, input.claimId, input.version, "secondApprove");
      await assertNoConflict(tx, reviewer.id, head.organisationId);
      const first = await tx.reviewDecision.findFirst({
        where: { ...claims.link(head.id), decision: "APPROVE" },
        orderBy: { createdAt: "desc" },
        select: { reviewerId: true },
      });
      const evaluation = await claims.evaluate(tx, head, { lock: true });
      const to = await resolveTransition(tx, claims, head, "secondApprove", { ...evaluation, otherReviewer: !!first && first.reviewerId !== reviewer.id });
      await transitionClaim(tx, claims, head, "secondApprove", { status: to, decidedAt: now, grantedFen: evaluation.amountFen });
      const emails = await grantClaim(tx, claims, head, evaluation, reviewer, now);
      await recordDecision(tx, claims, head, reviewer, { kind: "SECOND_APPROVE", amountFen: evaluation.amountFen, evaluation: evaluation.record });
      return { amountFen: evaluation.amountFen, emails };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
