import { describe, expect, it } from "vitest";
import { CLAIM_STATUSES, nextStatus } from "@/lib/claim-lifecycle";
import { availableReviewActions, isOtherReviewer, REVIEW_ACTIONS, reviewRefusal, type ReviewActionContext } from "./available-review-actions";

const me = { id: "11111111-1111-4111-8111-111111111111", role: "REVIEWER" };
const other = "22222222-2222-4222-8222-222222222222";

function ctx(overrides: Partial<ReviewActionContext> = {}): ReviewActionContext {
  return { kind: "OFFSHORE", status: "UNDER_REVIEW", assignedReviewerId: null, reviewer: me, conflictDeclared: false, firstApproverId: null, ...overrides };
}

describe("availableReviewActions", () => {
  it("offers a claim under review everything but the second approval", () => {
    expect(availableReviewActions(ctx())).toEqual(["assign", "approve", "requestChanges", "reject"]);
  });

  it("offers nothing to a reviewer who declared a conflict of interest, whatever the status", () => {
    for (const status of CLAIM_STATUSES) {
      expect(availableReviewActions(ctx({ status, conflictDeclared: true, firstApproverId: other }))).toEqual([]);
    }
    expect(reviewRefusal("approve", ctx({ conflictDeclared: true }))).toBe("conflictOfInterest");
    expect(reviewRefusal("assign", ctx({ status: "SUBMITTED", conflictDeclared: true }))).toBe("conflictOfInterest");
  });

  it("does not offer the second approval to the first approver, and offers it to another reviewer", () => {
    const waiting = ctx({ status: "AWAITING_SECOND_APPROVAL", assignedReviewerId: me.id, firstApproverId: me.id });
    expect(availableReviewActions(waiting)).toEqual(["requestChanges", "reject"]);
    expect(reviewRefusal("secondApprove", waiting)).toBe("sameReviewer");
    expect(availableReviewActions({ ...waiting, firstApproverId: other })).toEqual(["secondApprove", "requestChanges", "reject"]);
  });

  it("does not offer the second approval when no first approval is recorded", () => {
    expect(availableReviewActions(ctx({ status: "AWAITING_SECOND_APPROVAL" }))).not.toContain("secondApprove");
  });

  it("offers nothing on a decided claim or one back with the applicant", () => {
    for (const status of ["IN_NOTICE", "PAYABLE", "PAID", "REJECTED", "CHANGES_REQUESTED", "APPROVED"] as const) {
      expect(availableReviewActions(ctx({ status, kind: "TRAINING" }))).toEqual([]);
    }
  });

  it("leaves out assigning a claim to the reviewer it is already assigned to", () => {
    expect(availableReviewActions(ctx({ assignedReviewerId: me.id }))).not.toContain("assign");
    expect(availableReviewActions(ctx({ assignedReviewerId: other }))).toContain("assign");
  });

  it("offers nothing to an actor who is not a reviewer", () => {
    expect(availableReviewActions(ctx({ reviewer: { id: me.id, role: "ENTERPRISE_MEMBER" } }))).toEqual([]);
    expect(reviewRefusal("approve", ctx({ reviewer: { id: me.id, role: "ADMIN" } }))).toBe("forbidden");
  });

  it("never offers what the transition table refuses for who the reviewer is", () => {
    for (const kind of ["OFFSHORE", "TRAINING"] as const) {
      for (const status of CLAIM_STATUSES) {
        for (const firstApproverId of [null, me.id, other]) {
          const offered = availableReviewActions(ctx({ kind, status, firstApproverId }));
          for (const event of REVIEW_ACTIONS) {
            const table = nextStatus(kind, status, event, { employerConfirmed: true, somethingToGrant: true, otherReviewer: isOtherReviewer(firstApproverId, me.id) });
            if (offered.includes(event)) expect(table.ok, `${kind} ${status} ${event}`).toBe(true);
          }
        }
      }
    }
  });
});

describe("isOtherReviewer", () => {
  it("holds only for a recorded first approval by someone else", () => {
    expect(isOtherReviewer(null, me.id)).toBe(false);
    expect(isOtherReviewer(me.id, me.id)).toBe(false);
    expect(isOtherReviewer(other, me.id)).toBe(true);
  });
});
