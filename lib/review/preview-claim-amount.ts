import type { Prisma } from "@/lib/generated/prisma/client";
import { requiresSecondReviewer } from "@/lib/eligibility";
import { evaluateOffshoreClaimForDecision } from "@/lib/ledger/offshore-granted-fen";
import { evaluateTrainingClaimLines, trainingLinesTotalFen } from "@/lib/ledger/evaluate-training-claim-lines";
import type { ClaimHead } from "./claim-head";

/**
 * What an approval would grant now, recomputed from the stored inputs under the claim's policy
 * version(s), and whether that amount needs a second reviewer.
 */
export async function previewClaimAmount(tx: Prisma.TransactionClient, head: Pick<ClaimHead, "kind" | "id">) {
  if (head.kind === "OFFSHORE") {
    const { result, policy } = await evaluateOffshoreClaimForDecision(tx, head.id);
    return { amountFen: result.amountFen, fourEyes: result.amountFen > 0 && requiresSecondReviewer(result.amountFen, policy), evaluation: result as unknown, confirmationMissing: false };
  }
  const lines = await evaluateTrainingClaimLines(tx, head.id);
  const amountFen = trainingLinesTotalFen(lines);
  const threshold = Math.min(...lines.map((l) => l.policy.fourEyesThresholdFen));
  return {
    amountFen,
    fourEyes: lines.length > 0 && amountFen > 0 && amountFen >= threshold,
    evaluation: lines.map((l) => ({ lineId: l.lineId, result: l.result })) as unknown,
    confirmationMissing: lines.some((l) => l.confirmationMissing),
  };
}
