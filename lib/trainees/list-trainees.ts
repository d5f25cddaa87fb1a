import type { PrismaClient } from "@/lib/generated/prisma/client";

/** An institution's trainees with the masked ID only: the full number is shown on one screen alone. */
export function listTraineesForInstitution(prisma: PrismaClient, institutionId: string) {
  return prisma.trainee.findMany({
    where: { institutionId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      college: true,
      collegeLevel: true,
      studentStatus: true,
      person: { select: { idNumberMasked: true } },
      _count: { select: { trainingRecords: true, contracts: true } },
    },
  });
}
