import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The cities a staff account could switch to: its posts outside the city it acts in. Empty for
 * nearly every account (one indexed look-up), which then sees no switcher.
 */
export function listSwitchableCities(prisma: PrismaClient, userId: string, actingCityId: string) {
  return prisma.staffPost.findMany({
    where: { userId, cityId: { not: actingCityId } },
    select: { cityId: true, role: true, city: { select: { nameZh: true, nameEn: true } } },
    orderBy: { cityId: "asc" },
  });
}
