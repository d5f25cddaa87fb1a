import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimKindName } from "@/lib/claim-lifecycle";

export interface ClaimClawBack {
  id: string;
  /** What was taken back, positive fen. */
  amountFen: number;
  reason: string;
  at: Date;
}

/**
 * The claw-backs of one claim, for its applicant's page: reversals of grants that had been paid
 * (a reversal of an unpaid grant, e.g. an upheld objection, is no claw-back). Scoped by the
 * applicant organisation: another organisation's claim has none.
 */
export async function listClaimClawBacks(prisma: PrismaClient, organisationId: string, kind: ClaimKindName, claimId: string): Promise<ClaimClawBack[]> {
  const claim = kind === "OFFSHORE" ? { offshoreClaimId: claimId, offshoreClaim: { organisationId } } : { trainingClaimId: claimId, trainingClaim: { institutionId: organisationId } };
  const rows = await prisma.ledgerEntry.findMany({
    where: { ...claim, reversesId: { not: null }, reverses: { paymentItems: { some: { status: "PAID" } } } },
    select: { id: true, amountFen: true, reason: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ id: r.id, amountFen: -r.amountFen, reason: r.reason ?? "", at: r.createdAt }));
}
