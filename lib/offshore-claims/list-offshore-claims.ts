import type { PrismaClient } from "@/lib/generated/prisma/client";
import { offshoreClaimHeadSelect } from "@/lib/offshore-claims/offshore-claim-head-select";

/** The organisation's own rule-A claims, newest year first. Scoped in the query itself. */
export function listOffshoreClaimsForOrganisation(prisma: PrismaClient, organisationId: string) {
  return prisma.offshoreClaim.findMany({
    where: { organisationId },
    orderBy: { claimYear: "desc" },
    select: {
      ...offshoreClaimHeadSelect,
      entitlementFen: true,
      grantedFen: true,
      submittedAt: true,
      _count: { select: { lines: true } },
    },
  });
}
