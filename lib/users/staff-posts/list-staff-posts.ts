import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The posts the province has given, for its page: each account's posts in cities other than the
 * one it acts in (the acting city's post is the User row's, managed by that city's administrators).
 */
export async function listStaffPosts(prisma: PrismaClient) {
  const posts = await prisma.staffPost.findMany({
    select: {
      id: true,
      role: true,
      cityId: true,
      grantedAt: true,
      city: { select: { nameZh: true, nameEn: true } },
      user: { select: { email: true, name: true, cityId: true, city: { select: { nameZh: true, nameEn: true } } } },
    },
    orderBy: [{ grantedAt: "desc" }],
  });
  return posts.filter((post) => post.user.cityId !== post.cityId);
}
