import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The city's role grants awaiting a second administrator, oldest first, with who they are for and who asked. */
export async function listPendingRoleGrants(prisma: PrismaClient, cityId: string) {
  const grants = await prisma.roleGrant.findMany({
    where: { status: "PENDING", user: { cityId } },
    orderBy: { requestedAt: "asc" },
    select: {
      id: true,
      role: true,
      canReleasePayments: true,
      newAccount: true,
      requestedById: true,
      requestedAt: true,
      user: { select: { email: true, name: true } },
    },
  });
  const requesters = await prisma.user.findMany({
    where: { id: { in: [...new Set(grants.map((g) => g.requestedById))] } },
    select: { id: true, email: true },
  });
  const emailOf = new Map(requesters.map((r) => [r.id, r.email]));
  return grants.map((g) => ({ ...g, requestedByEmail: emailOf.get(g.requestedById) ?? "" }));
}
