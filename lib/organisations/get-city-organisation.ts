import type { Db } from "@/lib/db";

/**
 * One organisation of the administrator's city, for its page: registration facts, where it moved
 * to or from (the other registration's city only: its records are that city's), and how many
 * claims it filed here. Another city's organisation is null (the page answers 404).
 */
export async function getCityOrganisation(db: Db, cityId: string, organisationId: string) {
  const organisation = await db.organisation.findFirst({
    where: { id: organisationId, cityId },
    select: {
      id: true, kind: true, nameZh: true, nameEn: true, creditCode: true, district: true, address: true, contactName: true,
      status: true, createdAt: true, vettedAt: true, closedAt: true, closedReason: true,
      movedTo: { select: { city: { select: { nameZh: true, nameEn: true } } } },
      movedFrom: { select: { city: { select: { nameZh: true, nameEn: true } } } },
      _count: { select: { offshoreClaims: true, trainingClaims: true, users: true } },
    },
  });
  return organisation;
}
