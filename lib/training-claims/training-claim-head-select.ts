import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields that head every view of a training claim: the institution's list and the printed summary and notice. */
export const trainingClaimHeadSelect = {
  id: true,
  claimNo: true,
  claimYear: true,
  status: true,
  traineeTotalFen: true,
  institutionTotalFen: true,
} as const satisfies Prisma.TrainingClaimSelect;
