import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/mail/enqueue-email";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import { assertNoConflict } from "./assert-no-conflict";
import { assertDecidable, DECIDABLE_STATUSES, loadClaimHead, transitionClaim } from "./claim-head";
import { recordDecision } from "./record-decision";
import { rejectClaimSchema, type RejectClaimInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";

const REJECTABLE = [...DECIDABLE_STATUSES, "AWAITING_SECOND_APPROVAL" as const];

/** Rejects a claim with a reason the applicant sees. A claim waiting for its second approval may be rejected too. */
export async function rejectClaim(
  prisma: PrismaClient,
  reviewer: Reviewer,
  input: RejectClaimInput,
  now: Date = new Date(),
): Promise<{ emails: EmailJob[] }> {
  const { kind, claimId, version, reason } = rejectClaimSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const head = await loadClaimHead(tx, kind, claimId);
    assertDecidable(head, version, REJECTABLE);
    await assertNoConflict(tx, reviewer.id, head.organisationId);
    await transitionClaim(tx, head, REJECTABLE, { status: "REJECTED", decidedAt: now });
    if (kind === "TRAINING") await tx.trainingClaimLine.updateMany({ where: { claimId }, data: { decision: "REJECTED" } });
    await recordDecision(tx, head, reviewer, { kind: "REJECT", reason });
    const emails = await notifyOrganisation(tx, head.organisationId, "claimRejected", { claimNo: head.claimNo, reason });
    return { emails };
  });
}
