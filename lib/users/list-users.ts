import { userOfCityWhere } from "./user-of-city";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The accounts of the administrator's city: its staff and its organisations' members. */
export function listUsers(prisma: PrismaClient, cityId: string) {
  return prisma.user.findMany({
    where: userOfCityWhere(cityId),
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
