import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/mail/enqueue-email";
import { assertNoConflict } from "./assert-no-conflict";
import { assertDecidable, DECIDABLE_STATUSES, loadClaimHead, transitionClaim, type ClaimHead } from "./claim-head";
import { recordDecision } from "./record-decision";
import { grantClaim } from "./grant-claim";
import { previewClaimAmount } from "./preview-claim-amount";
import { approveClaimSchema, type ApproveClaimInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";

export interface ApproveOutcome {
  status: "IN_NOTICE" | "AWAITING_SECOND_APPROVAL";
  amountFen: number;
  emails: EmailJob[];
}

/**
 * First approval. The amount comes from the eligibility module on the stored inputs; at or above
 * the policy's four-eyes threshold the claim waits for a second reviewer and nothing is granted
 * yet, otherwise the grant is written now. One transaction, conditional on status and version.
 */
export async function approveClaim(
  prisma: PrismaClient,
  reviewer: Reviewer,
  input: ApproveClaimInput,
  now: Date = new Date(),
): Promise<ApproveOutcome> {
  const { kind, claimId, version } = approveClaimSchema.parse(input);
  return prisma.$transaction(
    async (tx) => {
      const head = await loadClaimHead(tx, kind, claimId);
      assertDecidable(head, version, DECIDABLE_STATUSES);
      await assertNoConflict(tx, reviewer.id, head.organisationId);
      const preview = await previewClaimAmount(tx, head);
      if (preview.confirmationMissing) throw new DomainError("employerNotConfirmed");
      if (preview.amountFen <= 0) throw new DomainError("nothingToGrant");

      if (preview.fourEyes) {
        await transitionClaim(tx, head, DECIDABLE_STATUSES, { status: "AWAITING_SECOND_APPROVAL", assignedReviewerId: head.assignedReviewerId ?? reviewer.id });
        await recordApproval(tx, head, reviewer, "APPROVE", preview.amountFen, preview.evaluation, { fourEyes: true });
        return { status: "AWAITING_SECOND_APPROVAL" as const, amountFen: preview.amountFen, emails: [] };
      }
      const granted = await grantClaim(tx, head, DECIDABLE_STATUSES, reviewer, now);
      await recordApproval(tx, head, reviewer, "APPROVE", granted.amountFen, granted.evaluation, { fourEyes: false });
      return { status: "IN_NOTICE" as const, amountFen: granted.amountFen, emails: granted.emails };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

function recordApproval(
  tx: Prisma.TransactionClient,
  head: ClaimHead,
  reviewer: Reviewer,
  kind: "APPROVE" | "SECOND_APPROVE",
  amountFen: number,
  evaluation: unknown,
  details: Record<string, unknown>,
) {
  return recordDecision(tx, head, reviewer, { kind, amountFen, evaluation, auditDetails: details });
}
