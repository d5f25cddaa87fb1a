import type { PrismaClient } from "@/lib/generated/prisma/client";
import { decryptPii } from "@/lib/crypto/pii";

/**
 * Objections from the public to the city's notice items, for its reviewers' notice page, newest
 * first, grouped by notice item. Lists show the masked contact.
 */
export async function listPublicObjections(prisma: PrismaClient, cityId: string, { take = 200 }: { take?: number } = {}) {
  const rows = await prisma.publicObjection.findMany({
    where: { noticeItem: { cityId } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      noticeItemId: true,
      name: true,
      contactKind: true,
      contactMasked: true,
      reason: true,
      status: true,
      createdAt: true,
      dismissReason: true,
    },
  });
  const byItem = new Map<string, typeof rows>();
  for (const row of rows) byItem.set(row.noticeItemId, [...(byItem.get(row.noticeItemId) ?? []), row]);
  return byItem;
}

/** The full contact of one public objection, for a reviewer who has to reach the objector. */
export async function publicObjectionContact(prisma: PrismaClient, id: string): Promise<string | null> {
  const row = await prisma.publicObjection.findUnique({ where: { id }, select: { contactEnc: true } });
  return row ? decryptPii(row.contactEnc) : null;
}
