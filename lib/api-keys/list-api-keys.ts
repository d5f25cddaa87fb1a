import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Every key of the organisation, newest first, with who made and revoked it. Never the hash. */
export function listApiKeysForOrganisation(prisma: PrismaClient, organisationId: string) {
  return prisma.apiKey.findMany({
    where: { organisationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdBy: { select: { name: true } },
      revokedBy: { select: { name: true } },
    },
  });
}

export type ApiKeyListItem = Awaited<ReturnType<typeof listApiKeysForOrganisation>>[number];
