import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The caller's own organisation's vetting status and its newest business licence, for its start
 * page; and, for a registration opened by a move of city, where it came from and how many claims
 * stayed there (their records are that city's: the members are told where to ask, not shown them).
 */
export async function getOrganisationVetting(prisma: PrismaClient, organisationId: string) {
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      status: true,
      vettedAt: true,
      vettingNote: true,
      movedFrom: {
        select: {
          closedAt: true,
          city: { select: { nameZh: true, nameEn: true, bureauNameZh: true, bureauNameEn: true } },
          _count: { select: { offshoreClaims: true, trainingClaims: true } },
        },
      },
    },
  });
  const licence = await prisma.evidenceFile.findFirst({
    where: { organisationId, kind: "BUSINESS_LICENCE" },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true },
  });
  return { ...organisation, licence };
}
