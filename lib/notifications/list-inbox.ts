import type { PrismaClient } from "@/lib/generated/prisma/client";

export const INBOX_PAGE_SIZE = 20;

export interface InboxItem {
  id: string;
  kind: string;
  params: Record<string, string>;
  href: string | null;
  readAt: Date | null;
  createdAt: Date;
}

/**
 * One page of the signed-in person's inbox, newest first. A page past the end shows the last
 * page (never "page 3 of 2"); only the owner's items are ever read.
 */
export async function listInbox(prisma: PrismaClient, userId: string, requestedPage: number, pageSize = INBOX_PAGE_SIZE) {
  const [total, unread] = await Promise.all([
    prisma.notification.count({ where: { userId } }),
    prisma.notification.count({ where: { userId, readAt: null } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const rows = await prisma.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, kind: true, params: true, href: true, readAt: true, createdAt: true },
  });
  const items: InboxItem[] = rows.map((r) => ({ ...r, params: (r.params ?? {}) as Record<string, string> }));
  return { items, total, unread, page, pageCount };
}
