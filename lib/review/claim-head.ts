import type { ClaimStatus, Prisma } from "@/lib/generated/prisma/client";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";

export type ClaimKindName = "OFFSHORE" | "TRAINING";

/** What every decision needs of a claim of either kind. */
export interface ClaimHead {
  kind: ClaimKindName;
  id: string;
  claimNo: string;
  organisationId: string;
  claimYear: number;
  status: ClaimStatus;
  version: number;
  assignedReviewerId: string | null;
}

/** Statuses in which a reviewer may request changes, reject or approve. */
export const DECIDABLE_STATUSES: ClaimStatus[] = ["SUBMITTED", "UNDER_REVIEW"];

export async function loadClaimHead(tx: Prisma.TransactionClient, kind: ClaimKindName, id: string): Promise<ClaimHead> {
  if (kind === "OFFSHORE") {
    const c = await tx.offshoreClaim.findUnique({ where: { id } });
    if (!c || c.status === "DRAFT" || c.status === "WITHDRAWN") throw new NotFoundError();
    return { kind, id: c.id, claimNo: c.claimNo, organisationId: c.organisationId, claimYear: c.claimYear, status: c.status, version: c.version, assignedReviewerId: c.assignedReviewerId };
  }
  const c = await tx.trainingClaim.findUnique({ where: { id } });
  if (!c || c.status === "DRAFT" || c.status === "WITHDRAWN") throw new NotFoundError();
  return { kind, id: c.id, claimNo: c.claimNo, organisationId: c.institutionId, claimYear: c.claimYear, status: c.status, version: c.version, assignedReviewerId: c.assignedReviewerId };
}

/** Refuses a form rendered for an older version of the claim, or a claim no longer in a state the decision applies to. */
export function assertDecidable(head: ClaimHead, version: number, from: ClaimStatus[]): void {
  if (head.version !== version) throw new DomainError("staleForm");
  if (!from.includes(head.status)) throw new DomainError("claimNotDecidable");
}

/**
 * The state change itself, conditional on status and version: of two racing decisions only one
 * matches, the other is refused as stale and its transaction rolls back.
 */
export async function transitionClaim(
  tx: Prisma.TransactionClient,
  head: ClaimHead,
  from: ClaimStatus[],
  data: { status: ClaimStatus; decidedAt?: Date | null; grantedFen?: number | null; assignedReviewerId?: string | null },
): Promise<number> {
  const where = { id: head.id, version: head.version, status: { in: from } };
  const update = { ...data, version: { increment: 1 } };
  const result =
    head.kind === "OFFSHORE"
      ? await tx.offshoreClaim.updateMany({ where, data: update })
      : await tx.trainingClaim.updateMany({ where, data: { status: data.status, decidedAt: data.decidedAt, assignedReviewerId: data.assignedReviewerId, version: { increment: 1 } } });
  if (result.count === 0) throw new DomainError("staleForm");
  return head.version + 1;
}

export function claimTargetType(kind: ClaimKindName): "OffshoreClaim" | "TrainingClaim" {
  return kind === "OFFSHORE" ? "OffshoreClaim" : "TrainingClaim";
}

export function claimLink(kind: ClaimKindName, id: string) {
  return kind === "OFFSHORE" ? { offshoreClaimId: id } : { trainingClaimId: id };
}
