import { evaluateTrainingClaimLines, trainingLinesTotalFen, type TrainingLineEvaluation } from "@/lib/grants/ledger/evaluate-training-claim-lines";
import { grantTrainingClaim } from "@/lib/grants/ledger/grant-training-claim";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { ClaimEvaluation, ClaimHead, ClaimKindAdapter } from "./claim-kind";

export interface TrainingEvaluation extends ClaimEvaluation {
  record: Array<{ lineId: string; result: TrainingLineEvaluation["result"] }>;
  lines: TrainingLineEvaluation[];
}

const HEAD = { id: true, claimNo: true, cityId: true, institutionId: true, claimYear: true, status: true, version: true, assignedReviewerId: true } as const;

function head({ institutionId, ...c }: Prisma.TrainingClaimGetPayload<{ select: typeof HEAD }>): ClaimHead {
  return { kind: "TRAINING", ...c, organisationId: institutionId, policyVersionId: null };
}

/** Rule B: a training institution's claim, one line per trainee; two grants (trainee, institution) per qualifying line. */
export const trainingClaimKind: ClaimKindAdapter<TrainingEvaluation> = {
  kind: "TRAINING",
  auditTargetType: "TrainingClaim",
  applicantHref: (claimId) => `/institution/claims/${claimId}`,
  link: (claimId) => ({ trainingClaimId: claimId }),
  lineLink: (lineId) => ({ trainingLineId: lineId }),

  async loadHead(db, claimId) {
    const c = await db.trainingClaim.findUnique({ where: { id: claimId }, select: HEAD });
    return c && head(c);
  },

  async setStatus(tx, claimId, status) {
    return head(await tx.trainingClaim.update({ where: { id: claimId }, data: { status, version: { increment: 1 } }, select: HEAD }));
  },

  countLines: (db, claimId, lineIds) => db.trainingClaimLine.count({ where: { claimId, id: { in: lineIds } } }),

  // Each line under its own policy version; with `lock`, the lines' persons are locked before
  // the ledger is read, so a person granted by a concurrent approval is seen as already paid.
  async evaluate(db, head, { lock, basis }) {
    // Trainees are verified by their certificates and contracts, not by revenue statistics.
    if (basis === "VERIFIED") throw new DomainError("verifiedBasisOffshoreOnly");
    const lines = await evaluateTrainingClaimLines(db, head, { lock });
    const amountFen = trainingLinesTotalFen(lines);
    const threshold = Math.min(...lines.map((l) => l.policy.fourEyesThresholdFen));
    return {
      amountFen,
      fourEyes: lines.length > 0 && amountFen > 0 && amountFen >= threshold,
      employerConfirmed: !lines.some((l) => l.confirmationMissing),
      somethingToGrant: amountFen > 0,
      record: lines.map((l) => ({ lineId: l.lineId, result: l.result })),
      lines,
    };
  },

  async grant(tx, head, evaluation, actorId, now) {
    const institution = await tx.organisation.findUniqueOrThrow({ where: { id: head.organisationId }, select: { nameZh: true } });
    await grantTrainingClaim(tx, head, evaluation.lines, institution.nameZh, actorId, now);
  },

  async update(tx, head, from, data) {
    const result = await tx.trainingClaim.updateMany({
      where: { id: head.id, version: head.version, status: { in: from } },
      data: { ...data, version: { increment: 1 } },
    });
    return result.count > 0;
  },

  // A rejected claim grants no line.
  async afterReject(tx, head) {
    await tx.trainingClaimLine.updateMany({ where: { claimId: head.id }, data: { decision: "REJECTED" } });
  },
};
