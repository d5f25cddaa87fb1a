import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reportingMissingCalendarYear } from "@/lib/calendar/report-missing-calendar-year";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { assertReviewerMay } from "./assert-reviewer-may";
import { loadClaimForDecision, resolveTransition, transitionClaim } from "./claim-head";
import { grantClaim } from "./grant-claim";
import { recordDecision } from "./record-decision";
import type { ApproveClaimInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";
import { inCityTransaction } from "@/lib/db/city-scope";

export interface ApproveOutcome {
  status: "IN_NOTICE" | "AWAITING_SECOND_APPROVAL";
  amountFen: number;
  emails: EmailJob[];
}

/**
 * First approval. The claim is read once; the amount is evaluated once, under the claim's policy
 * version and the lock that serialises grants, and decides the transition (lib/claim-lifecycle):
 * at or above the four-eyes threshold the claim waits for a second reviewer and nothing is
 * granted yet; otherwise status, granted amount and version are written in one conditional
 * UPDATE, then the ledger rows, notice items, decision and audit entry, all in one transaction.
 * Takes the parsed input (the action parses it with approveClaimSchema).
 *
 * A notice period that would reach a year whose working-day calendar is unknown refuses the whole
 * approval (CalendarYearMissingError, "calendarYearMissing"): the claim stays as it was, with no
 * grant and no notice item, and the administrators are told which year to enter. Approving again
 * once it is entered publishes as usual. (Approving without publishing would leave a grant that
 * is neither on the notice nor payable, a state nothing else in the portal knows.)
 */
export async function approveClaim(prisma: PrismaClient, reviewer: Reviewer, input: ApproveClaimInput, now: Date = new Date()): Promise<ApproveOutcome> {
  return reportingMissingCalendarYear(prisma, () => inCityTransaction(prisma, reviewer.cityId,
    async (tx) => {
      const { head, claims } = await loadClaimForDecision(tx, reviewer, input.kind, input.claimId, input.version, "approve");
      await assertReviewerMay(tx, reviewer, head, "approve");
      const evaluation = await claims.evaluate(tx, head, { lock: true, basis: input.basis });
      const to = await resolveTransition(tx, claims, head, "approve", evaluation);
      const decision = { kind: "APPROVE" as const, amountFen: evaluation.amountFen, evaluation: evaluation.record };
      const basis = { basis: input.basis ?? "DECLARED" };

      if (to === "AWAITING_SECOND_APPROVAL") {
        await transitionClaim(tx, claims, head, "approve", { status: to, assignedReviewerId: head.assignedReviewerId ?? reviewer.id });
        await recordDecision(tx, claims, head, reviewer, { ...decision, auditDetails: { fourEyes: true, ...basis } });
        return { status: to, amountFen: evaluation.amountFen, emails: [] };
      }
      await transitionClaim(tx, claims, head, "approve", { status: to, decidedAt: now, grantedFen: evaluation.amountFen });
      const emails = await grantClaim(tx, claims, head, evaluation, reviewer, now);
      await recordDecision(tx, claims, head, reviewer, { ...decision, auditDetails: { fourEyes: false, ...basis } });
      return { status: "IN_NOTICE" as const, amountFen: evaluation.amountFen, emails };
    },
    { timeout: 30_000, maxWait: 30_000 },
  ));
}
