import type { PrismaClient } from "@/lib/generated/prisma/client";

export function listUsers(prisma: PrismaClient) {
  return prisma.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      canReleasePayments: true,
      disabledAt: true,
      organisation: { select: { nameZh: true } },
      roleGrants: { where: { status: "PENDING" }, select: { id: true, newAccount: true } },
    },
  });
}
