import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The organisation's users and its invitations not yet accepted (expired ones marked as such by the caller). */
export async function listOrganisationMembers(prisma: PrismaClient, organisationId: string) {
  const [users, invitations] = await Promise.all([
    prisma.user.findMany({
      where: { organisationId },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, email: true, disabledAt: true, createdAt: true },
    }),
    prisma.invitation.findMany({
      where: { organisationId, acceptedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, expiresAt: true, createdAt: true },
    }),
  ]);
  return { users, invitations };
}
