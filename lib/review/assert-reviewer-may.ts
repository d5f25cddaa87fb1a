import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import { reviewRefusal, type ReviewAction, type ReviewActionContext } from "./available-review-actions";
import type { ClaimHead } from "./claim-kinds";
import { loadReviewerStanding, type ReviewerStanding } from "./load-reviewer-standing";
import type { Reviewer } from "./reviewer";

/**
 * Refuses the event when the same rule that chooses the page's buttons would not offer it: a
 * declared conflict of interest, the first approver giving the second approval. Returns the
 * context, whose facts the operation passes on to the transition table.
 */
export async function assertReviewerMay(tx: Prisma.TransactionClient, reviewer: Reviewer, head: ClaimHead, event: ReviewAction): Promise<ReviewActionContext & ReviewerStanding> {
  const standing = await loadReviewerStanding(tx, head, reviewer.id);
  const context: ReviewActionContext & ReviewerStanding = { kind: head.kind, status: head.status, assignedReviewerId: head.assignedReviewerId, reviewer, ...standing };
  const refusal = reviewRefusal(event, context);
  if (refusal) throw new DomainError(refusal);
  return context;
}
