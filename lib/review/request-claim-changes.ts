import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import { assertReviewerMay } from "./assert-reviewer-may";
import { loadClaimForDecision, resolveTransition, transitionClaim } from "./claim-head";
import { recordDecision } from "./record-decision";
import type { RequestChangesInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";
import { inCityTransaction } from "@/lib/db/city-scope";

/** Sends a claim back to the applicant with a comment for the whole claim and/or per line. Takes the parsed input. */
export async function requestClaimChanges(prisma: PrismaClient, reviewer: Reviewer, input: RequestChangesInput): Promise<{ emails: EmailJob[] }> {
  const { reason } = input;
  const comments = input.lineComments.filter((c) => c.text.trim().length > 0);
  // As the schema's refinement: something must tell the applicant what to change.
  if (!reason.trim() && comments.length === 0) throw new DomainError("reviewCommentRequired", "reason");
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const { head, claims } = await loadClaimForDecision(tx, reviewer, input.kind, input.claimId, input.version, "requestChanges");
    await assertReviewerMay(tx, reviewer, head, "requestChanges");
    // Comments may only name lines of this claim.
    const lineIds = comments.map((c) => c.lineId);
    if ((await claims.countLines(tx, head.id, lineIds)) !== new Set(lineIds).size) throw new DomainError("notFound");
    const to = await resolveTransition(tx, claims, head, "requestChanges");
    await transitionClaim(tx, claims, head, "requestChanges", { status: to });
    await recordDecision(tx, claims, head, reviewer, { kind: "REQUEST_CHANGES", reason, comments });
    const emails = await notifyOrganisation(tx, head.organisationId, "claimChangesRequested", { claimNo: head.claimNo, reason: reason || undefined });
    return { emails };
  });
}
