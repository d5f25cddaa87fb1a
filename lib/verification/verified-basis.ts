import type { ClaimReconciliation } from "./reconcile-offshore-claim";

/**
 * What an approval on the verified total records beside the eligibility result (issue 18): the
 * declared and verified totals and, for each line whose verified amount is lower, both amounts and
 * what the official data said. The decision notice prints it, so the enterprise learns why it is
 * paid less than it declared. Amounts are decimal strings of US cents (JSON has no bigint).
 */
export interface VerifiedBasisRecord {
  basis: "VERIFIED";
  declaredUsdCents: string;
  verifiedUsdCents: string;
  lines: Array<{ lineNo: number; contractRegNo: string; declaredUsdCents: string; verifiedUsdCents: string; findings: string[] }>;
}

export function verifiedBasisRecord(reconciliation: ClaimReconciliation, declaredByLine: ReadonlyMap<string, bigint>): VerifiedBasisRecord {
  return {
    basis: "VERIFIED",
    declaredUsdCents: reconciliation.declaredUsdCents.toString(),
    verifiedUsdCents: reconciliation.verifiedUsdCents.toString(),
    lines: reconciliation.lines
      .filter((line) => line.result.verifiedUsdCents < (declaredByLine.get(line.lineId) ?? 0n))
      .map((line) => ({
        lineNo: line.lineNo,
        contractRegNo: line.contractRegNo,
        declaredUsdCents: (declaredByLine.get(line.lineId) ?? 0n).toString(),
        verifiedUsdCents: line.result.verifiedUsdCents.toString(),
        findings: line.result.findings.filter((f) => f.code !== "CONVERTED").map((f) => f.code),
      })),
  };
}

/** Whether approving on the verified total means anything: data to compare, and less verified than declared. */
export function verifiedTotalDiffers(reconciliation: ClaimReconciliation): boolean {
  return reconciliation.dataAvailable && reconciliation.verifiedUsdCents < reconciliation.declaredUsdCents;
}
