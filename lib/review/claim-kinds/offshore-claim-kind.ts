import { evaluateOffshoreIncentive, requiresSecondReviewer, sumExecutedUsdCents, type EligibilityPolicy, type OffshoreIncentiveResult } from "@/lib/eligibility";
import { grantOffshoreClaim, lockEnterpriseYear } from "@/lib/grants/ledger/grant-offshore-claim";
import { offshoreGrantedFenForYear } from "@/lib/grants/ledger/offshore-granted-fen";
import { policyById, policyForClaimYear } from "@/lib/policy/load-policy-versions";
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { reconcileOffshoreClaim } from "@/lib/verification/reconcile-offshore-claim";
import { verifiedBasisRecord, type VerifiedBasisRecord } from "@/lib/verification/verified-basis";
import type { ClaimEvaluation, ClaimHead, ClaimKindAdapter } from "./claim-kind";

export interface OffshoreEvaluation extends ClaimEvaluation {
  /** The eligibility result; on a verified basis also what was declared and verified, line by line (the decision notice prints it). */
  record: OffshoreIncentiveResult & { verification?: VerifiedBasisRecord };
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
  async evaluate(db, head, { lock, basis = "DECLARED" }) {
    const declared = basis === "DECLARED";
    const lines = declared
      ? await db.offshoreContractLine.findMany({ where: { claimId: head.id }, select: { executedUsdCents: true } })
      : await db.offshoreContractLine.findMany({ where: { claimId: head.id }, select: { id: true, lineNo: true, contractRegNo: true, clientName: true, executedUsdCents: true }, orderBy: { lineNo: "asc" } });
    const verification = declared ? undefined : await verifyLines(db, head, lines as VerifiableLine[]);
    const policy = (head.policyVersionId ? await policyById(db, head.policyVersionId) : null) ?? (await policyForClaimYear(db, head.cityId, head.claimYear));
    if (lock) await lockEnterpriseYear(db, head.organisationId, head.claimYear, policy.offshoreAnnualCapFen);
    const grantedFenThisYear = await offshoreGrantedFenForYear(db, head.organisationId, head.claimYear, head.id);
    const offshoreUsdCents = verification ? Number(verification.verifiedUsdCents) : sumExecutedUsdCents(lines);
    const result = { ...evaluateOffshoreIncentive({ claimYear: head.claimYear, offshoreUsdCents, grantedFenThisYear }, policy), ...(verification ? { verification } : {}) };
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

type VerifiableLine = { id: string; lineNo: number; contractRegNo: string; clientName: string; executedUsdCents: bigint };

/** The claim's lines against the official data of its city; refused when the bureau holds none for the enterprise's year. */
async function verifyLines(db: Db, head: ClaimHead, lines: VerifiableLine[]): Promise<VerifiedBasisRecord> {
  const { creditCode } = await db.organisation.findUniqueOrThrow({ where: { id: head.organisationId }, select: { creditCode: true } });
  const reconciliation = await reconcileOffshoreClaim(db, { cityId: head.cityId, claimYear: head.claimYear, creditCode, lines });
  if (!reconciliation.dataAvailable) throw new DomainError("verificationDataMissing");
  return verifiedBasisRecord(reconciliation, new Map(lines.map((l) => [l.id, l.executedUsdCents])));
}
