import type { ClaimStatus, Prisma } from "@/lib/generated/prisma/client";
import { allows } from "@/lib/claim-lifecycle";
import { claimKind, type AmountBasis, type ClaimKindName } from "./claim-kinds";

/** What decides, besides the claim's status, which review actions a reviewer has on a claim. */
export interface ReviewerStanding {
  /** The reviewer declared a conflict of interest with the claim's organisation. */
  conflictDeclared: boolean;
  /** Who gave the latest first approval (null: none yet). */
  firstApproverId: string | null;
  /** What the latest first approval computed its amount on: the second approval keeps it (issue 18). */
  firstApprovalBasis: AmountBasis;
}

/**
 * Reads the reviewer's standing towards a claim: the page reads it to choose its buttons, the
 * operations read it (in their transaction) to refuse; both then ask lib/review/available-review-actions.
 */
export async function loadReviewerStanding(
  db: Prisma.TransactionClient,
  claim: { kind: ClaimKindName; id: string; status: ClaimStatus; organisationId: string },
  reviewerId: string,
): Promise<ReviewerStanding> {
  // The first approver matters only where a second approval may follow; elsewhere it is not read
  // (one statement less per decision: tests/db/review-statements.test.ts).
  const [conflict, first] = await Promise.all([
    db.conflictOfInterest.findUnique({ where: { reviewerId_organisationId: { reviewerId, organisationId: claim.organisationId } }, select: { reviewerId: true } }),
    allows(claim.kind, claim.status, "secondApprove")
      ? db.reviewDecision.findFirst({
          where: { ...claimKind(claim.kind).link(claim.id), decision: "APPROVE" },
          orderBy: { createdAt: "desc" },
          select: { reviewerId: true, evaluation: true },
        })
      : null,
  ]);
  const verified = (first?.evaluation as { verification?: { basis?: string } } | null)?.verification?.basis === "VERIFIED";
  return { conflictDeclared: conflict !== null, firstApproverId: first?.reviewerId ?? null, firstApprovalBasis: verified ? "VERIFIED" : "DECLARED" };
}
