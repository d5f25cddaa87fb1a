import { evaluateOffshoreIncentive, requiresSecondReviewer, sumExecutedUsdCents, type EligibilityPolicy, type OffshoreIncentiveResult } from "@/lib/eligibility";
import { grantOffshoreClaim, lockEnterpriseYear } from "@/lib/grants/ledger/grant-offshore-claim";
import { offshoreGrantedFenForYear } from "@/lib/grants/ledger/offshore-granted-fen";
import { policyById, policyForClaimYear } from "@/lib/policy/load-policy-versions";
import type { ClaimEvaluation, ClaimKindAdapter } from "./claim-kind";

export interface OffshoreEvaluation extends ClaimEvaluation {
  record: OffshoreIncentiveResult;
  policy: EligibilityPolicy;
}

const HEAD = { id: true, claimNo: true, cityId: true, organisationId: true, claimYear: true, status: true, version: true, assignedReviewerId: true, policyVersionId: true } as const;

/** Rule A: an enterprise's offshore claim for a year; one grant to the enterprise, capped per year. */
export const offshoreClaimKind: ClaimKindAdapter<OffshoreEvaluation> = {
  kind: "OFFSHORE",
  auditTargetType: "OffshoreClaim",
  applicantHref: (claimId) => `/enterprise/claims/${claimId}`,
  link: (claimId) => ({ offshoreClaimId: claimId }),
  lineLink: (lineId) => ({ offshoreLineId: lineId }),

  async loadHead(db, claimId) {
    const c = await db.offshoreClaim.findUnique({ where: { id: claimId }, select: HEAD });
    return c && { kind: "OFFSHORE", ...c };
  },

  async setStatus(tx, claimId, status) {
    const c = await tx.offshoreClaim.update({ where: { id: claimId }, data: { status, version: { increment: 1 } }, select: HEAD });
    return { kind: "OFFSHORE", ...c };
  },

  countLines: (db, claimId, lineIds) => db.offshoreContractLine.count({ where: { claimId, id: { in: lineIds } } }),

  // Under the claim's own policy version (the one in force when it was submitted), with the
  // year's earlier grants from the ledger; with `lock`, read after taking the enterprise-year lock.
  async evaluate(db, head, { lock }) {
    const lines = await db.offshoreContractLine.findMany({ where: { claimId: head.id }, select: { executedUsdCents: true } });
    const policy = (head.policyVersionId ? await policyById(db, head.policyVersionId) : null) ?? (await policyForClaimYear(db, head.cityId, head.claimYear));
    if (lock) await lockEnterpriseYear(db, head.organisationId, head.claimYear, policy.offshoreAnnualCapFen);
    const grantedFenThisYear = await offshoreGrantedFenForYear(db, head.organisationId, head.claimYear, head.id);
    const result = evaluateOffshoreIncentive({ claimYear: head.claimYear, offshoreUsdCents: sumExecutedUsdCents(lines), grantedFenThisYear }, policy);
    const somethingToGrant = result.eligible && result.amountFen > 0;
    return {
      amountFen: result.amountFen,
      fourEyes: result.amountFen > 0 && requiresSecondReviewer(result.amountFen, policy),
      employerConfirmed: true,
      somethingToGrant,
      record: result,
      policy,
    };
  },

  async grant(tx, head, evaluation, actorId, now) {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: head.organisationId }, select: { nameZh: true } });
    await grantOffshoreClaim(
      tx,
      head,
      { amountFen: evaluation.amountFen, publicName: organisation.nameZh, noticePeriodWorkingDays: evaluation.policy.noticePeriodWorkingDays },
      actorId,
      now,
    );
  },

  async update(tx, head, from, data) {
    const result = await tx.offshoreClaim.updateMany({
      where: { id: head.id, version: head.version, status: { in: from } },
      data: { ...data, version: { increment: 1 } },
    });
    return result.count > 0;
  },

  async afterReject() {},
};
