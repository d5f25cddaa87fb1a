import { offshoreClaimReaderWhere, type ClaimReader } from "./claim-reader";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { isUuid } from "@/lib/db/is-uuid";
import { DECIDED_STATUSES, isGranted } from "@/lib/claim-lifecycle";
import { offshoreClaimHeadSelect } from "@/lib/offshore-claims/offshore-claim-head-select";
import type { VerifiedBasisRecord } from "@/lib/verification/verified-basis";

/**
 * The decision notice of a decided offshore claim: approval with the granted amount and the
 * eligibility explanation the reviewer decided on, or rejection with its reason. A claim that is
 * not decided (or another organisation's, when an applicant asks) is not found.
 */
export async function getOffshoreDecisionNotice(prisma: PrismaClient, reader: ClaimReader, claimId: string) {
  if (!isUuid(claimId)) throw new NotFoundError();
  const claim = await prisma.offshoreClaim.findFirst({
    where: { id: claimId, ...offshoreClaimReaderWhere(reader), status: { in: DECIDED_STATUSES } },
    select: {
      ...offshoreClaimHeadSelect,
      grantedFen: true,
      decidedAt: true,
      submittedAt: true,
      organisation: { select: { nameZh: true, nameEn: true, creditCode: true } },
      decisions: {
        where: { decision: { in: ["APPROVE", "SECOND_APPROVE", "REJECT"] } },
        orderBy: { createdAt: "desc" },
        select: { decision: true, reason: true, amountFen: true, evaluation: true, createdAt: true },
      },
    },
  });
  if (!claim) throw new NotFoundError();
  const approved = isGranted(claim.status);
  const decision = claim.decisions.find((d) => (approved ? d.decision !== "REJECT" : d.decision === "REJECT"));
  if (!decision) throw new NotFoundError();
  // A four-eyes approval: the explanation is on the first approval when the second has none.
  const evaluation = approved ? (claim.decisions.find((d) => d.decision !== "REJECT" && d.evaluation)?.evaluation ?? null) : null;
  return {
    claim,
    outcome: approved ? ("approved" as const) : ("rejected" as const),
    decidedAt: claim.decidedAt ?? decision.createdAt,
    amountFen: approved ? (claim.grantedFen ?? decision.amountFen ?? 0) : null,
    reason: decision.reason,
    evaluation: evaluation as { reasons?: Array<{ code: string; passed: boolean; messageKey: string; messageParams?: Record<string, unknown> }>; calculation?: { messageKey: string; messageParams?: Record<string, unknown> }; verification?: VerifiedBasisRecord } | null,
  };
}

export type OffshoreDecisionNotice = Awaited<ReturnType<typeof getOffshoreDecisionNotice>>;
