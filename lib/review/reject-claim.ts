import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import { assertReviewerMay } from "./assert-reviewer-may";
import { loadClaimForDecision, resolveTransition, transitionClaim } from "./claim-head";
import { recordDecision } from "./record-decision";
import type { RejectClaimInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";
import { inCityTransaction } from "@/lib/db/city-scope";

/** Rejects a claim with a reason the applicant sees. A claim waiting for its second approval may be rejected too. Takes the parsed input. */
export async function rejectClaim(prisma: PrismaClient, reviewer: Reviewer, input: RejectClaimInput, now: Date = new Date()): Promise<{ emails: EmailJob[] }> {
  const { reason } = input;
  // The schema refuses it in the action; a caller that skipped the schema must not record a blank reason either.
  if (!reason.trim()) throw new DomainError("required", "reason");
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const { head, claims } = await loadClaimForDecision(tx, reviewer, input.kind, input.claimId, input.version, "reject");
    await assertReviewerMay(tx, reviewer, head, "reject");
    const to = await resolveTransition(tx, claims, head, "reject");
    await transitionClaim(tx, claims, head, "reject", { status: to, decidedAt: now });
    await claims.afterReject(tx, head);
    await recordDecision(tx, claims, head, reviewer, { kind: "REJECT", reason });
    const emails = await notifyOrganisation(tx, head.organisationId, "claimRejected", { claimNo: head.claimNo, reason });
    return { emails };
  });
}
