import type { Prisma } from "@/lib/generated/prisma/client";
import { formatFen } from "@/lib/eligibility";
import type { EmailJob } from "@/lib/mail/enqueue-email";
import { grantOffshoreClaim } from "@/lib/ledger/grant-offshore-claim";
import { grantTrainingClaim } from "@/lib/ledger/grant-training-claim";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import { transitionClaim, type ClaimHead } from "./claim-head";
import type { ClaimStatus } from "@/lib/generated/prisma/client";
import type { Reviewer } from "./reviewer";

/**
 * The final approval: the claim moves to IN_NOTICE (its grants are published at once), the
 * ledger rows and notice items are written, the applicant is told. Runs inside the decision's
 * transaction; the caller has checked who may decide.
 */
export async function grantClaim(
  tx: Prisma.TransactionClient,
  head: ClaimHead,
  from: ClaimStatus[],
  reviewer: Reviewer,
  now: Date,
): Promise<{ amountFen: number; evaluation: unknown; emails: EmailJob[] }> {
  await transitionClaim(tx, head, from, { status: "IN_NOTICE", decidedAt: now });
  let amountFen: number;
  let evaluation: unknown;
  if (head.kind === "OFFSHORE") {
    const granted = await grantOffshoreClaim(tx, head.id, reviewer.id, now);
    amountFen = granted.amountFen;
    evaluation = granted.evaluation;
    await tx.offshoreClaim.update({ where: { id: head.id }, data: { grantedFen: amountFen } });
  } else {
    const granted = await grantTrainingClaim(tx, head.id, reviewer.id, now);
    amountFen = granted.amountFen;
    evaluation = granted.lines.map((l) => ({ lineId: l.lineId, result: l.result }));
  }
  const params = { claimNo: head.claimNo, amount: formatFen(amountFen) };
  const emails = [
    ...(await notifyOrganisation(tx, head.organisationId, "claimApproved", params)),
    ...(await notifyOrganisation(tx, head.organisationId, "claimPublished", params)),
  ];
  return { amountFen, evaluation, emails };
}
