import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields that head every view of a rule-A claim: the organisation's list and the printed summary and notice. */
export const offshoreClaimHeadSelect = {
  id: true,
  claimNo: true,
  claimYear: true,
  status: true,
  offshoreUsdCents: true,
} as const satisfies Prisma.OffshoreClaimSelect;
