import { describe, expect, it } from "vitest";
import type { ClaimReconciliation } from "./reconcile-offshore-claim";
import { verifiedBasisRecord, verifiedTotalDiffers } from "./verified-basis";

const line = (lineId: string, lineNo: number, verifiedUsdCents: bigint, findings: ClaimReconciliation["lines"][number]["result"]["findings"]) => ({
  lineId,
  lineNo,
  contractRegNo: `C-${lineNo}`,
  result: { status: findings.some((f) => f.code !== "CONVERTED") ? ("ISSUES" as const) : ("MATCHED" as const), verifiedUsdCents, recordedUsdCents: verifiedUsdCents, receivedUsdCents: verifiedUsdCents, findings },
});

const reconciliation = (lines: ClaimReconciliation["lines"], declared: bigint, dataAvailable = true): ClaimReconciliation => ({
  dataAvailable,
  declaredUsdCents: declared,
  verifiedUsdCents: lines.reduce((sum, l) => sum + l.result.verifiedUsdCents, 0n),
  linesWithIssues: lines.filter((l) => l.result.status === "ISSUES").length,
  lines,
});

describe("verifiedBasisRecord", () => {
  it("keeps only the lines verified below what they declared, with their findings but not the mere conversion note", () => {
    const record = verifiedBasisRecord(
      reconciliation(
        [
          line("a", 1, 300_000_00n, []),
          line("b", 2, 150_000_00n, [
            { code: "CONVERTED", currency: "JPY", ratePerUsd: 151_500_000n },
            { code: "AMOUNT_DIFFERS", declaredUsdCents: 200_000_00n, recordedUsdCents: 150_000_00n, toleranceUsdCents: 2_000_00n },
          ] as never),
        ],
        500_000_00n,
      ),
      new Map([["a", 300_000_00n], ["b", 200_000_00n]]),
    );
    expect(record).toEqual({
      basis: "VERIFIED",
      declaredUsdCents: "50000000",
      verifiedUsdCents: "45000000",
      lines: [{ lineNo: 2, contractRegNo: "C-2", declaredUsdCents: "20000000", verifiedUsdCents: "15000000", findings: ["AMOUNT_DIFFERS"] }],
    });
    // JSON-safe: what the decision stores is what the notice reads back.
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
});

describe("verifiedTotalDiffers", () => {
  it("offers the verified basis only when there is data and it verifies less than declared", () => {
    expect(verifiedTotalDiffers(reconciliation([line("a", 1, 100n, [])], 200n))).toBe(true);
    expect(verifiedTotalDiffers(reconciliation([line("a", 1, 200n, [])], 200n))).toBe(false);
    expect(verifiedTotalDiffers(reconciliation([line("a", 1, 0n, [{ code: "CONTRACT_NOT_FOUND" }] as never)], 200n, false))).toBe(false);
  });
});
