import type { PrismaClient } from "@/lib/generated/prisma/client";

export function listTrainingClaimsForInstitution(prisma: PrismaClient, institutionId: string) {
  return prisma.trainingClaim.findMany({
    where: { institutionId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      claimNo: true,
      claimYear: true,
      status: true,
      traineeTotalFen: true,
      institutionTotalFen: true,
      submittedAt: true,
      _count: { select: { lines: true } },
    },
  });
}
