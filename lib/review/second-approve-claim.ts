import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/mail/enqueue-email";
import { assertNoConflict } from "./assert-no-conflict";
import { assertDecidable, claimLink, loadClaimHead } from "./claim-head";
import { grantClaim } from "./grant-claim";
import { recordDecision } from "./record-decision";
import { approveClaimSchema, type ApproveClaimInput } from "./review-schemas";
import type { Reviewer } from "./reviewer";

/**
 * Four eyes: the second approval of a claim at or above the threshold, by a reviewer other than
 * the one who approved first. Only now are the ledger rows written, with the amount recomputed
 * from the ledger as it stands (never more than the first reviewer saw, since grants only grow).
 */
export async function secondApproveClaim(
  prisma: PrismaClient,
  reviewer: Reviewer,
  input: ApproveClaimInput,
  now: Date = new Date(),
): Promise<{ amountFen: number; emails: EmailJob[] }> {
  const { kind, claimId, version } = approveClaimSchema.parse(input);
  return prisma.$transaction(
    async (tx) => {
      const head = await loadClaimHead(tx, kind, claimId);
      assertDecidable(head, version, ["AWAITING_SECOND_APPROVAL"]);
      await assertNoConflict(tx, reviewer.id, head.organisationId);
      const first = await tx.reviewDecision.findFirst({
        where: { ...claimLink(kind, claimId), decision: "APPROVE" },
        orderBy: { createdAt: "desc" },
        select: { reviewerId: true },
      });
      if (!first || first.reviewerId === reviewer.id) throw new DomainError("sameReviewer");
      const granted = await grantClaim(tx, head, ["AWAITING_SECOND_APPROVAL"], reviewer, now);
      await recordDecision(tx, head, reviewer, { kind: "SECOND_APPROVE", amountFen: granted.amountFen, evaluation: granted.evaluation });
      return { amountFen: granted.amountFen, emails: granted.emails };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
