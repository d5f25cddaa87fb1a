import { isoDateFromDbDate } from "@/lib/eligibility";

interface ClaimWithLines {
  claimYear: number;
  onshoreUsdCents: bigint;
  lines: Array<{
    id: string;
    lineNo: number;
    contractRegNo: string;
    clientName: string;
    clientCountry: string;
    serviceCategory: string;
    contractValueUsdCents: bigint;
    executedUsdCents: bigint;
    fxReceiptDate: Date;
  }>;
}

/** The claim as submitted, in plain JSON (money as decimal strings of minor units), for the submission history. */
export function offshoreClaimSnapshot(claim: ClaimWithLines) {
  return {
    claimYear: claim.claimYear,
    onshoreUsdCents: claim.onshoreUsdCents.toString(),
    lines: claim.lines.map((line) => ({
      id: line.id,
      lineNo: line.lineNo,
      contractRegNo: line.contractRegNo,
      clientName: line.clientName,
      clientCountry: line.clientCountry,
      serviceCategory: line.serviceCategory,
      contractValueUsdCents: line.contractValueUsdCents.toString(),
      executedUsdCents: line.executedUsdCents.toString(),
      fxReceiptDate: isoDateFromDbDate(line.fxReceiptDate),
    })),
  };
}
