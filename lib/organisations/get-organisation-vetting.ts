import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The caller's own organisation's vetting status and its newest business licence, for its start page. */
export async function getOrganisationVetting(prisma: PrismaClient, organisationId: string) {
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { status: true, vettedAt: true, vettingNote: true },
  });
  const licence = await prisma.evidenceFile.findFirst({
    where: { organisationId, kind: "BUSINESS_LICENCE" },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true },
  });
  return { ...organisation, licence };
}
