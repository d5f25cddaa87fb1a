import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Registered enterprises an institution can name as employer: public registration facts only
 * (name, credit code, whether in Nanchang), optionally filtered by a search text.
 */
export function listRegisteredEnterprises(prisma: PrismaClient, search?: string) {
  const q = search?.trim();
  return prisma.organisation.findMany({
    where: {
      kind: "ENTERPRISE",
      // A closed registration (moved to another city) is not an employer to name: its open one is.
      status: { not: "CLOSED" },
      ...(q ? { OR: [{ nameZh: { contains: q } }, { nameEn: { contains: q, mode: "insensitive" } }, { creditCode: { startsWith: q.toUpperCase() } }] } : {}),
    },
    orderBy: { nameZh: "asc" },
    take: 200,
    select: { id: true, nameZh: true, nameEn: true, creditCode: true, inNanchang: true },
  });
}
