import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationScope } from "@/lib/auth/actors";
import { UNLOCKED_STATUSES } from "@/lib/claim-lifecycle";
import { trainingGrantOfCity } from "@/lib/grants/ledger/training-grant-of-city";

/**
 * The duplicate-person rule (decision), within the institution's city: a person is taken when
 *  - a B_TRAINEE ledger grant of the city for them has a positive net sum (already subsidised), or
 *  - a line for them sits in a claim of ANY institution of the city that is submitted or further
 *    on (not DRAFT, WITHDRAWN or REJECTED), or in another DRAFT of the same institution.
 * Another city's grant or claim does not take the person (issue 22: each city pays from its own
 * budget); the reviewer sees it as a signal (lib/review/get-claim-for-review.ts).
 * Drafts of other institutions do not block (their owner cannot be named to a competitor), but
 * their submission is refused by the same check. The answer is only "already claimed": which claim
 * (and so which institution) holds the person is never selected, so it cannot reach another
 * institution in an error, a page or a log. Bureau staff see the other claim on the review page.
 */
export async function findDuplicateClaim(
  tx: Prisma.TransactionClient,
  personId: string,
  institution: OrganisationScope,
  excludeClaimId?: string,
): Promise<DuplicateStatus> {
  const { organisationId: institutionId, cityId } = institution;
  const ledger = await tx.ledgerEntry.aggregate({ where: { personId, rule: "B_TRAINEE", ...trainingGrantOfCity(cityId) }, _sum: { amountFen: true } });
  const alreadySubsidised = (ledger._sum.amountFen ?? 0) > 0;
  const other = await tx.trainingClaimLine.findFirst({
    where: {
      personId,
      ...(excludeClaimId ? { claimId: { not: excludeClaimId } } : {}),
      OR: [
        // A person's line in an unlocked claim (draft, withdrawn, rejected) no longer counts as claimed.
        { claim: { status: { notIn: UNLOCKED_STATUSES }, cityId } },
        { claim: { status: "DRAFT", institutionId } },
      ],
    },
    select: { id: true },
  });
  return { alreadySubsidised, alreadyClaimed: other !== null };
}

export interface DuplicateStatus {
  alreadySubsidised: boolean;
  /** In another claim that counts (see above); which one is deliberately not said. */
  alreadyClaimed: boolean;
}

/**
 * The same rule as findDuplicateClaim for many people at once, in two queries (one ledger sum per
 * person, one look-up of taking lines): what the claim page and the bulk add use for a cohort.
 */
export async function findDuplicateClaims(
  tx: Prisma.TransactionClient,
  personIds: string[],
  institution: OrganisationScope,
  excludeClaimId?: string,
): Promise<Map<string, DuplicateStatus>> {
  const { organisationId: institutionId, cityId } = institution;
  const status = new Map<string, DuplicateStatus>(personIds.map((id) => [id, { alreadySubsidised: false, alreadyClaimed: false }]));
  if (personIds.length === 0) return status;
  const [ledger, lines] = await Promise.all([
    tx.ledgerEntry.groupBy({ by: ["personId"], where: { personId: { in: personIds }, rule: "B_TRAINEE", ...trainingGrantOfCity(cityId) }, _sum: { amountFen: true } }),
    tx.trainingClaimLine.findMany({
      where: {
        personId: { in: personIds },
        ...(excludeClaimId ? { claimId: { not: excludeClaimId } } : {}),
        OR: [
          { claim: { status: { notIn: UNLOCKED_STATUSES }, cityId } },
          { claim: { status: "DRAFT", institutionId } },
        ],
      },
      select: { personId: true },
    }),
  ]);
  for (const row of ledger) {
    if (row.personId && (row._sum.amountFen ?? 0) > 0) status.get(row.personId)!.alreadySubsidised = true;
  }
  for (const line of lines) status.get(line.personId)!.alreadyClaimed = true;
  return status;
}
