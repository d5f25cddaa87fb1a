import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The city's posts held by accounts that work in another city now (issue 22): not in the city's
 * staff list (that is User.cityId), so listed apart on its users page, where the city's
 * administrators can take such a post back.
 */
export async function listPostsHeldElsewhere(prisma: PrismaClient, cityId: string) {
  return prisma.staffPost.findMany({
    where: { cityId, user: { cityId: { not: cityId } } },
    select: { id: true, role: true, user: { select: { email: true, name: true, city: { select: { nameZh: true, nameEn: true } } } } },
    orderBy: { grantedAt: "asc" },
  });
}
