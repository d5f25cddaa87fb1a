import type { Prisma } from "@/lib/generated/prisma/client";
import { formatFen } from "@/lib/eligibility";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyOrganisationOfAll } from "@/lib/notifications/notify-organisation";
import type { ClaimEvaluation, ClaimHead, ClaimKindAdapter } from "./claim-kinds";
import type { Reviewer } from "./reviewer";

/**
 * The grant of a final approval, after the claim's UPDATE to IN_NOTICE: the ledger rows and
 * notice items from the approval's one evaluation (the grants are published at once), and the
 * applicant is told. Runs inside the decision's transaction; the caller has checked who may decide.
 */
export async function grantClaim(
  tx: Prisma.TransactionClient,
  claims: ClaimKindAdapter,
  head: ClaimHead,
  evaluation: ClaimEvaluation,
  reviewer: Reviewer,
  now: Date,
): Promise<EmailJob[]> {
  await claims.grant(tx, head, evaluation, reviewer.id, now);
  const params = { claimNo: head.claimNo, amount: formatFen(evaluation.amountFen) };
  return notifyOrganisationOfAll(tx, head.organisationId, [
    { kind: "claimApproved", params },
    { kind: "claimPublished", params },
  ], claims.applicantHref(head.id));
}
