import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The organisation's own rule-A claims, newest year first. Scoped in the query itself. */
export function listOffshoreClaimsForOrganisation(prisma: PrismaClient, organisationId: string) {
  return prisma.offshoreClaim.findMany({
    where: { organisationId },
    orderBy: { claimYear: "desc" },
    select: {
      id: true,
      claimNo: true,
      claimYear: true,
      status: true,
      offshoreUsdCents: true,
      entitlementFen: true,
      grantedFen: true,
      submittedAt: true,
      _count: { select: { lines: true } },
    },
  });
}
