import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reportingMissingCalendarYear } from "@/lib/calendar/report-missing-calendar-year";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { assertReviewerMay } from "./assert-reviewer-may";
import { reviewerGuardFacts } from "./available-review-actions";
import { loadClaimForDecision, resolveTransition, transitionClaim } from "./claim-head";
import { grantClaim } from "./grant-claim";
import { recordDecision } from "./record-decision";
import type { ApproveClaimInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";
import { inCityTransaction } from "@/lib/db/city-scope";

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
  return reportingMissingCalendarYear(prisma, () => inCityTransaction(prisma, reviewer.cityId,
    async (tx) => {
      const { head, claims } = await loadClaimForDecision(tx, reviewer, input.kind, input.claimId, input.version, "secondApprove");
      // The same rule that hides the button from the first approver refuses them here.
      const context = await assertReviewerMay(tx, reviewer, head, "secondApprove");
      // On the basis the first reviewer chose: the second confirms that decision, not another one.
      const evaluation = await claims.evaluate(tx, head, { lock: true, basis: context.firstApprovalBasis });
      const to = await resolveTransition(tx, claims, head, "secondApprove", { ...evaluation, ...reviewerGuardFacts(context) });
      await transitionClaim(tx, claims, head, "secondApprove", { status: to, decidedAt: now, grantedFen: evaluation.amountFen });
      const emails = await grantClaim(tx, claims, head, evaluation, reviewer, now);
      await recordDecision(tx, claims, head, reviewer, { kind: "SECOND_APPROVE", amountFen: evaluation.amountFen, evaluation: evaluation.record });
      return { amountFen: evaluation.amountFen, emails };
    },
    { timeout: 30_000, maxWait: 30_000 },
  ));
}
