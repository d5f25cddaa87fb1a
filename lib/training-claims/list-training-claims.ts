import type { PrismaClient } from "@/lib/generated/prisma/client";
import { trainingClaimHeadSelect } from "@/lib/training-claims/training-claim-head-select";

export function listTrainingClaimsForInstitution(prisma: PrismaClient, institutionId: string) {
  return prisma.trainingClaim.findMany({
    where: { institutionId },
    orderBy: { createdAt: "desc" },
    select: {
      ...trainingClaimHeadSelect,
      submittedAt: true,
      _count: { select: { lines: true } },
    },
  });
}
