import type { PrismaClient } from "@/lib/generated/prisma/client";
import { invitationTokenHash } from "./invitation-token";

/** The open invitation behind a link, or null when the link is unknown, used or expired. */
export async function findOpenInvitation(prisma: PrismaClient, token: string, now = new Date()) {
  if (token.length < 20 || token.length > 200) return null;
  return prisma.invitation.findFirst({
    where: { tokenHash: invitationTokenHash(token), acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, expiresAt: true, organisation: { select: { nameZh: true, nameEn: true } } },
  });
}
