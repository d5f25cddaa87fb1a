import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The header's badge: the signed-in person's unread inbox items (an index on userId, readAt). */
export function countUnreadNotifications(prisma: PrismaClient, userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}
