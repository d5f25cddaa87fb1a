import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { markNotificationReadSchema, type MarkNotificationReadInput } from "@/lib/schemas/notifications";

/**
 * Marks one of the caller's own inbox items read and returns where it points. The owner is in
 * the `where`: someone else's item answers "not found", exactly like one that does not exist.
 * Marking an item already read again keeps its first reading time.
 */
export async function markNotificationRead(prisma: PrismaClient, userId: string, input: MarkNotificationReadInput, now: Date = new Date()) {
  const { notificationId } = markNotificationReadSchema.parse(input);
  const item = await prisma.notification.findFirst({ where: { id: notificationId, userId }, select: { id: true, href: true, readAt: true } });
  if (!item) throw new NotFoundError();
  if (!item.readAt) await prisma.notification.updateMany({ where: { id: item.id, userId, readAt: null }, data: { readAt: now } });
  return { href: item.href };
}
