import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields that head every view of a rule-A claim: the organisation's list and the printed summary and notice. */
export const offshoreClaimHeadSelect = {
  id: true,
  claimNo: true,
  claimYear: true,
  status: true,
  offshoreUsdCents: true,
} as const satisfies Prisma.OffshoreClaimSelect;

/** A contract line as the applicant declared it, for views that show the lines (printed summary, the API's claim). */
export const offshoreLineSelect = {
  id: true,
  lineNo: true,
  contractRegNo: true,
  clientName: true,
  clientCountry: true,
  serviceCategory: true,
  contractValueUsdCents: true,
  executedUsdCents: true,
  fxReceiptDate: true,
} as const satisfies Prisma.OffshoreContractLineSelect;
