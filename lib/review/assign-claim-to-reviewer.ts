import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError } from "@/lib/errors/domain-error";
import { assertNoConflict } from "./assert-no-conflict";
import { claimTargetType, loadClaimHead, transitionClaim } from "./claim-head";
import { claimRefSchema, type ClaimRefInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";

/** "Assign to me": a submitted claim moves to UNDER_REVIEW with the reviewer named on it. */
export async function assignClaimToReviewer(prisma: PrismaClient, reviewer: Reviewer, input: ClaimRefInput) {
  const { kind, claimId, version } = claimRefSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const head = await loadClaimHead(tx, kind, claimId);
    if (head.version !== version) throw new DomainError("staleForm");
    const from = ["SUBMITTED", "UNDER_REVIEW", "AWAITING_SECOND_APPROVAL"] as const;
    if (!from.includes(head.status as (typeof from)[number])) throw new DomainError("claimNotDecidable");
    await assertNoConflict(tx, reviewer.id, head.organisationId);
    const status = head.status === "SUBMITTED" ? "UNDER_REVIEW" : head.status;
    const newVersion = await transitionClaim(tx, head, [...from], { status, assignedReviewerId: reviewer.id });
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "review.assign",
      targetType: claimTargetType(kind),
      targetId: claimId,
      result: "success",
      details: { claimNo: head.claimNo, previousReviewerId: head.assignedReviewerId },
    });
    return { version: newVersion };
  });
}
