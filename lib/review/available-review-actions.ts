import { allows, mayCause, nextStatus, type ClaimKindName, type ClaimStatus, type GuardFacts } from "@/lib/claim-lifecycle";
import type { FormErrorCode } from "@/lib/errors/error-codes";

// What a reviewer may do with a claim, as one pure rule that both sides use: the claim page and
// the queue offer exactly the actions this returns, and every review operation refuses with
// reviewRefusal() before it changes anything (lib/review/assert-reviewer-may.ts). So a button is
// never offered for something the server would refuse for who the reviewer is.
//
// What only the decision itself can establish (the amount recomputed under the grant lock:
// something to grant, employer confirmed, four eyes) is not known when a page renders; those
// guards are assumed to hold here and the operation still checks them, saying why it refused.

/** The events a reviewer causes on a claim, in the order a page offers them. */
export const REVIEW_ACTIONS = ["assign", "approve", "secondApprove", "requestChanges", "reject"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export interface ReviewActionContext {
  kind: ClaimKindName;
  status: ClaimStatus;
  /** The reviewer named on the claim, if any. */
  assignedReviewerId: string | null;
  reviewer: { id: string; role: string };
  /** The reviewer declared a conflict of interest with the claim's organisation. */
  conflictDeclared: boolean;
  /** Who gave the (latest) first approval, for a claim waiting for its second one. */
  firstApproverId: string | null;
}

/** The four-eyes rule: the second approval must come from a reviewer other than the first approver. */
export function isOtherReviewer(firstApproverId: string | null, reviewerId: string): boolean {
  return firstApproverId !== null && firstApproverId !== reviewerId;
}

/** The guard facts that depend on who the reviewer is, as lib/claim-lifecycle's table names them. */
export function reviewerGuardFacts(ctx: Pick<ReviewActionContext, "firstApproverId" | "reviewer">): GuardFacts {
  return { otherReviewer: isOtherReviewer(ctx.firstApproverId, ctx.reviewer.id) };
}

/** Guards only the decision can establish, assumed to hold until it does. */
const ASSUMED_UNTIL_DECIDED: GuardFacts = { employerConfirmed: true, somethingToGrant: true };

/**
 * Why the reviewer may not cause the event on this claim, as the error the operation raises; null
 * when it is allowed (as far as it can be known before the decision). Checked in the order the
 * operations always have: the lifecycle, then the declared conflict, then the four-eyes rule.
 */
export function reviewRefusal(event: ReviewAction, ctx: ReviewActionContext): FormErrorCode | null {
  if (!mayCause(ctx.reviewer, event, ctx.kind)) return "forbidden";
  if (!allows(ctx.kind, ctx.status, event)) return "claimNotDecidable";
  if (ctx.conflictDeclared) return "conflictOfInterest";
  const outcome = nextStatus(ctx.kind, ctx.status, event, { ...ASSUMED_UNTIL_DECIDED, ...reviewerGuardFacts(ctx) });
  if (!outcome.ok) return outcome.refusedBy === "otherReviewer" ? "sameReviewer" : "claimNotDecidable";
  return null;
}

/**
 * The actions a page offers this reviewer on this claim: every one the server would not refuse
 * for who the reviewer is. "Assign to me" is left out when the claim is already the reviewer's
 * (the server would allow it, but it would change nothing).
 */
export function availableReviewActions(ctx: ReviewActionContext): ReviewAction[] {
  return REVIEW_ACTIONS.filter((event) => {
    if (reviewRefusal(event, ctx) !== null) return false;
    if (event === "assign" && ctx.assignedReviewerId === ctx.reviewer.id) return false;
    return true;
  });
}
