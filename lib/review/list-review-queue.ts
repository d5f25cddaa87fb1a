import type { ClaimStatus, PrismaClient } from "@/lib/generated/prisma/client";

/** Statuses a reviewer works on; drafts and withdrawn claims are the applicant's business. */
export const REVIEWABLE_STATUSES: ClaimStatus[] = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "AWAITING_SECOND_APPROVAL",
  "APPROVED",
  "IN_NOTICE",
  "PAYABLE",
  "PAID",
  "REJECTED",
];

export interface QueueRow {
  kind: "OFFSHORE" | "TRAINING";
  id: string;
  claimNo: string;
  claimYear: number;
  status: ClaimStatus;
  organisationName: string;
  district: string;
  submittedAt: Date | null;
}

/**
 * The first page of the review queue, both kinds of claim, newest submission first.
 * (The filtered, paged queue over 100,000 claims is the review issue's work.)
 */
export async function listReviewQueue(prisma: PrismaClient, take = 50): Promise<QueueRow[]> {
  const where = { status: { in: REVIEWABLE_STATUSES } };
  const select = {
    id: true,
    claimNo: true,
    claimYear: true,
    status: true,
    submittedAt: true,
  } as const;
  const [offshore, training] = await Promise.all([
    prisma.offshoreClaim.findMany({
      where,
      select: { ...select, organisation: { select: { nameZh: true, district: true } } },
      orderBy: { submittedAt: "desc" },
      take,
    }),
    prisma.trainingClaim.findMany({
      where,
      select: { ...select, institution: { select: { nameZh: true, district: true } } },
      orderBy: { submittedAt: "desc" },
      take,
    }),
  ]);
  const rows: QueueRow[] = [
    ...offshore.map((c) => ({ kind: "OFFSHORE" as const, ...c, organisationName: c.organisation.nameZh, district: c.organisation.district })),
    ...training.map((c) => ({ kind: "TRAINING" as const, ...c, organisationName: c.institution.nameZh, district: c.institution.district })),
  ];
  return rows.sort((a, b) => (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0)).slice(0, take);
}
