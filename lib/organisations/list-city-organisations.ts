import type { Db } from "@/lib/db";

/**
 * For a city's administrator: its organisations, every status (a closed registration stays on
 * the list, marked closed: its claims are the city's history), optionally filtered by a name or
 * the start of a credit code. At most 200, by name.
 */
export async function listCityOrganisations(db: Db, cityId: string, search?: string) {
  const q = search?.trim();
  return db.organisation.findMany({
    where: {
      cityId,
      ...(q ? { OR: [{ nameZh: { contains: q } }, { nameEn: { contains: q, mode: "insensitive" } }, { creditCode: { startsWith: q.toUpperCase() } }] } : {}),
    },
    orderBy: [{ nameZh: "asc" }, { createdAt: "asc" }],
    take: 200,
    select: { id: true, kind: true, nameZh: true, creditCode: true, district: true, status: true, closedAt: true },
  });
}
