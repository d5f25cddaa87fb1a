import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { assertReviewerMay } from "./assert-reviewer-may";
import { loadClaimForDecision, resolveTransition, transitionClaim } from "./claim-head";
import type { ClaimRefInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";
import { inCityTransaction } from "@/lib/db/city-scope";

/** "Assign to me": a submitted claim moves to UNDER_REVIEW with the reviewer named on it (a claim already in review keeps its status). Takes the parsed input. */
export async function assignClaimToReviewer(prisma: PrismaClient, reviewer: Reviewer, input: ClaimRefInput) {
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const { head, claims } = await loadClaimForDecision(tx, reviewer, input.kind, input.claimId, input.version, "assign");
    await assertReviewerMay(tx, reviewer, head, "assign");
    const to = await resolveTransition(tx, claims, head, "assign");
    const version = await transitionClaim(tx, claims, head, "assign", { status: to, assignedReviewerId: reviewer.id });
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "review.assign",
      targetType: claims.auditTargetType,
      targetId: head.id,
      result: "success",
      details: { claimNo: head.claimNo, previousReviewerId: head.assignedReviewerId },
    });
    return { version };
  });
}
