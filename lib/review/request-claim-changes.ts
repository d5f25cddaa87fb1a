import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/mail/enqueue-email";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import { assertNoConflict } from "./assert-no-conflict";
import { assertDecidable, DECIDABLE_STATUSES, loadClaimHead, transitionClaim } from "./claim-head";
import { recordDecision } from "./record-decision";
import { requestChangesSchema, type RequestChangesInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";

const SENDABLE_BACK = [...DECIDABLE_STATUSES, "AWAITING_SECOND_APPROVAL" as const];

/** Sends a claim back to the applicant with a comment for the whole claim and/or per line. */
export async function requestClaimChanges(
  prisma: PrismaClient,
  reviewer: Reviewer,
  input: RequestChangesInput,
): Promise<{ emails: EmailJob[] }> {
  const { kind, claimId, version, reason, lineComments } = requestChangesSchema.parse(input);
  const comments = lineComments.filter((c) => c.text.length > 0);
  return prisma.$transaction(async (tx) => {
    const head = await loadClaimHead(tx, kind, claimId);
    assertDecidable(head, version, SENDABLE_BACK);
    await assertNoConflict(tx, reviewer.id, head.organisationId);
    // Comments may only name lines of this claim.
    const lineIds = comments.map((c) => c.lineId);
    const found =
      kind === "OFFSHORE"
        ? await tx.offshoreContractLine.count({ where: { claimId, id: { in: lineIds } } })
        : await tx.trainingClaimLine.count({ where: { claimId, id: { in: lineIds } } });
    if (found !== new Set(lineIds).size) throw new DomainError("notFound");
    await transitionClaim(tx, head, SENDABLE_BACK, { status: "CHANGES_REQUESTED" });
    await recordDecision(tx, head, reviewer, { kind: "REQUEST_CHANGES", reason, comments });
    const emails = await notifyOrganisation(tx, head.organisationId, "claimChangesRequested", { claimNo: head.claimNo, reason: reason || undefined });
    return { emails };
  });
}
