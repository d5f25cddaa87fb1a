import type { Prisma } from "@/lib/generated/prisma/client";

/** Claim statuses in which a person's line no longer counts as claimed. */
const CLOSED_STATUSES = ["DRAFT", "WITHDRAWN", "REJECTED"] as const;

/**
 * The duplicate-person rule (decision): a person is taken when
 *  - a B_TRAINEE ledger grant for them has a positive net sum (already subsidised), or
 *  - a line for them sits in a claim of ANY institution that is submitted or further on
 *    (not DRAFT, WITHDRAWN or REJECTED), or in another DRAFT of the same institution.
 * Drafts of other institutions do not block (their owner cannot be named to a competitor), but
 * their submission is refused by the same check. Only the other claim's number is returned.
 */
export async function findDuplicateClaim(
  tx: Prisma.TransactionClient,
  personId: string,
  institutionId: string,
  excludeClaimId?: string,
): Promise<{ alreadySubsidised: boolean; otherClaimNo: string | null }> {
  const ledger = await tx.ledgerEntry.aggregate({ where: { personId, rule: "B_TRAINEE" }, _sum: { amountFen: true } });
  const alreadySubsidised = (ledger._sum.amountFen ?? 0) > 0;
  const other = await tx.trainingClaimLine.findFirst({
    where: {
      personId,
      ...(excludeClaimId ? { claimId: { not: excludeClaimId } } : {}),
      OR: [
        { claim: { status: { notIn: [...CLOSED_STATUSES] } } },
        { claim: { status: "DRAFT", institutionId } },
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { claim: { select: { claimNo: true } } },
  });
  return { alreadySubsidised, otherClaimNo: other?.claim.claimNo ?? null };
}
