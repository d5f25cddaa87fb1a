import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildClaimTimeline, latestChangeRequest } from "./build-claim-timeline";

/**
 * The claim's timeline and the reviewers' latest request for changes. The caller has already
 * loaded the claim through the organisation-scoped query; the rows here are keyed by its id.
 */
export async function getOffshoreClaimHistory(prisma: PrismaClient, organisationId: string, claimId: string) {
  const [audit, decisions, submissions] = await Promise.all([
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
  ]);
  return {
    timeline: buildClaimTimeline({ audit, decisions, submissions }),
    changeRequest: latestChangeRequest(decisions),
  };
}
