import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The rule-B ledger entries that count in a city (issue 22: each city pays a person once, from its
 * own budget): those of its claims. Every grant the portal writes names its claim; one that names
 * none (written by hand, say) counts in every city: when in doubt, not twice. Matched by the
 * claim's city rather than by the grant key's text, so an entry keyed in an older form counts too.
 */
export function trainingGrantOfCity(cityId: string): Prisma.LedgerEntryWhereInput {
  return { OR: [{ trainingClaim: { cityId } }, { trainingClaimId: null }] };
}
