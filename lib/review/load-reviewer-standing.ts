import type { Prisma } from "@/lib/generated/prisma/client";
import { claimKind, type ClaimKindName } from "./claim-kinds";

/** What decides, besides the claim's status, which review actions a reviewer has on a claim. */
export interface ReviewerStanding {
  /** The reviewer declared a conflict of interest with the claim's organisation. */
  conflictDeclared: boolean;
  /** Who gave the latest first approval (null: none yet). */
  firstApproverId: string | null;
}

/**
 * Reads the reviewer's standing towards a claim: the page reads it to choose its buttons, the
 * operations read it (in their transaction) to refuse; both then ask lib/review/available-review-actions.
 */
export async function loadReviewerStanding(
  db: Prisma.TransactionClient,
  kind: ClaimKindName,
  claimId: string,
  organisationId: string,
  reviewerId: string,
): Promise<ReviewerStanding> {
  const [conflict, first] = await Promise.all([
    db.conflictOfInterest.findUnique({ where: { reviewerId_organisationId: { reviewerId, organisationId } }, select: { reviewerId: true } }),
    db.reviewDecision.findFirst({
      where: { ...claimKind(kind).link(claimId), decision: "APPROVE" },
      orderBy: { createdAt: "desc" },
      select: { reviewerId: true },
    }),
  ]);
  return { conflictDeclared: conflict !== null, firstApproverId: first?.reviewerId ?? null };
}
