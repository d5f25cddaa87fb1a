import type { PrismaClient } from "@/lib/generated/prisma/client";

/** For reviewers: organisations registered by sign-up (or moved here from another city) and not yet vetted, oldest first, with their newest licence. */
export async function listOrganisationsAwaitingVetting(prisma: PrismaClient, cityId: string) {
  const organisations = await prisma.organisation.findMany({
    where: { cityId, status: "PENDING_VETTING" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kind: true,
      nameZh: true,
      creditCode: true,
      district: true,
      contactName: true,
      createdAt: true,
      // A registration opened by a move of city: the reviewer sees where it came from.
      movedFrom: { select: { city: { select: { nameZh: true, nameEn: true } } } },
      evidenceFiles: { where: { kind: "BUSINESS_LICENCE" }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true, createdAt: true } },
    },
    take: 200,
  });
  return organisations.map(({ evidenceFiles, ...organisation }) => ({ ...organisation, licence: evidenceFiles[0] ?? null }));
}
