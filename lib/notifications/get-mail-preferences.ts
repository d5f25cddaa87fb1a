import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The kinds of mail the person turned off (the account page's checkboxes). */
export async function getMailPreferences(prisma: PrismaClient, userId: string): Promise<string[]> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { mutedMailKinds: true } });
  return user.mutedMailKinds;
}
