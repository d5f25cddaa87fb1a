import type { OffshoreContractLine } from "@/lib/generated/prisma/client";
import { formatMinorUnits, isoDateFromDbDate } from "@/lib/eligibility";

/**
 * A stored contract line as the draft form holds it (amounts as decimal text, the receipt date
 * as an ISO date): what the claim page's editor starts from and what a CSV import keeps.
 */
export function offshoreDraftLineOf(
  line: Pick<OffshoreContractLine, "id" | "contractRegNo" | "clientName" | "clientCountry" | "serviceCategory" | "contractValueUsdCents" | "executedUsdCents" | "fxReceiptDate">,
) {
  return {
    id: line.id,
    contractRegNo: line.contractRegNo,
    clientName: line.clientName,
    clientCountry: line.clientCountry,
    serviceCategory: line.serviceCategory,
    contractValueUsd: formatMinorUnits(line.contractValueUsdCents),
    executedUsd: formatMinorUnits(line.executedUsdCents),
    fxReceiptDate: isoDateFromDbDate(line.fxReceiptDate),
  };
}
