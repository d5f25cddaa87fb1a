import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildClaimTimeline, latestChangeRequest } from "./build-claim-timeline";

/**
 * The claim's timeline and the reviewers' latest request for changes. The caller has already
 * loaded the claim through the organisation-scoped query; the rows here are keyed by its id.
 */
export async function getOffshoreClaimHistory(prisma: PrismaClient, organisationId: string, claimId: string) {
  const [audit, decisions, submissions, grants] = await Promise.all([
    prisma.auditEntry.findMany({
      where: { targetType: "OffshoreClaim", targetId: claimId, result: "success" },
      orderBy: { seq: "asc" },
      select: { action: true, at: true },
    }),
    prisma.reviewDecision.findMany({
      where: { offshoreClaimId: claimId, offshoreClaim: { organisationId } },
      orderBy: { createdAt: "asc" },
      select: {
        decision: true,
        createdAt: true,
        reason: true,
        amountFen: true,
        comments: {
          orderBy: { createdAt: "asc" },
          select: { text: true, offshoreLineId: true, offshoreLine: { select: { lineNo: true, contractRegNo: true } } },
        },
      },
    }),
    prisma.claimSubmission.findMany({
      where: { offshoreClaimId: claimId, offshoreClaim: { organisationId } },
      orderBy: { sequence: "asc" },
      select: { sequence: true, submittedAt: true },
    }),
    prisma.ledgerEntry.findMany({
      where: { offshoreClaimId: claimId, organisationId, grantKey: { not: null } },
      select: {
        noticeItem: { select: { publishedAt: true } },
        paymentItems: { where: { status: "PAID" }, select: { batch: { select: { paidAt: true } } } },
      },
    }),
  ]);
  const noticesPublishedAt = grants.flatMap((grant) => (grant.noticeItem ? [grant.noticeItem.publishedAt] : []));
  const paidAt = grants.flatMap((grant) => grant.paymentItems.flatMap((item) => (item.batch.paidAt ? [item.batch.paidAt] : [])));
  return {
    timeline: buildClaimTimeline({ audit, decisions, submissions, noticesPublishedAt, paidAt }),
    changeRequest: latestChangeRequest(decisions),
  };
}
