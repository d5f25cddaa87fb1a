import type { Prisma } from "@/lib/generated/prisma/client";
import { claimKind, type ClaimHead } from "./claim-kinds";

/**
 * What an approval would grant now, recomputed from the stored inputs under the claim's policy
 * version(s), and whether that amount needs a second reviewer: the claim page's preview. Nothing
 * is locked; the approval evaluates again under its lock.
 */
export async function previewClaimAmount(db: Prisma.TransactionClient, head: ClaimHead) {
  const evaluation = await claimKind(head.kind).evaluate(db, head, { lock: false });
  return {
    amountFen: evaluation.amountFen,
    fourEyes: evaluation.fourEyes,
    evaluation: evaluation.record,
    confirmationMissing: !evaluation.employerConfirmed,
  };
}
