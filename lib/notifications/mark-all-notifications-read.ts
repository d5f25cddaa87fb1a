import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Marks every unread inbox item of the caller read; returns how many changed. */
export async function markAllNotificationsRead(prisma: PrismaClient, userId: string, now: Date = new Date()): Promise<{ count: number }> {
  const { count } = await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return { count };
}
