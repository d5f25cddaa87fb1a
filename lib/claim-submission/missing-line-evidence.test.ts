import { describe, expect, it } from "vitest";
import { missingEvidenceKinds, missingLineEvidence, REQUIRED_OFFSHORE_LINE_EVIDENCE, type LineWithEvidence } from "./missing-line-evidence";

const line = (lineNo: number, kinds: string[]): LineWithEvidence => ({
  id: `line-${lineNo}`,
  lineNo,
  contractRegNo: `HT-${lineNo}`,
  evidence: kinds.map((kind) => ({ kind })),
});

describe("REQUIRED_OFFSHORE_LINE_EVIDENCE", () => {
  it("is the foreign-exchange receipt, the one kind rule A names for a contract", () => {
    expect(REQUIRED_OFFSHORE_LINE_EVIDENCE).toEqual(["FX_RECEIPT"]);
  });
});

describe("missingEvidenceKinds", () => {
  it("asks for the receipt when a line has nothing", () => {
    expect(missingEvidenceKinds([])).toEqual(["FX_RECEIPT"]);
  });

  it("does not take a contract for the receipt", () => {
    expect(missingEvidenceKinds([{ kind: "OFFSHORE_CONTRACT" }])).toEqual(["FX_RECEIPT"]);
  });

  it("does not count kinds that belong to other records", () => {
    expect(missingEvidenceKinds([{ kind: "EMPLOYMENT_CONTRACT" }, { kind: "BUSINESS_LICENCE" }])).toEqual(["FX_RECEIPT"]);
  });

  it("is satisfied by one receipt, with or without a contract, and by several receipts", () => {
    expect(missingEvidenceKinds([{ kind: "FX_RECEIPT" }])).toEqual([]);
    expect(missingEvidenceKinds([{ kind: "OFFSHORE_CONTRACT" }, { kind: "FX_RECEIPT" }])).toEqual([]);
    expect(missingEvidenceKinds([{ kind: "FX_RECEIPT" }, { kind: "FX_RECEIPT" }])).toEqual([]);
  });

  it("names each missing kind once, in the order required, when more are required", () => {
    const both = ["OFFSHORE_CONTRACT", "FX_RECEIPT", "OFFSHORE_CONTRACT"] as const;
    expect(missingEvidenceKinds([], both)).toEqual(["OFFSHORE_CONTRACT", "FX_RECEIPT"]);
    expect(missingEvidenceKinds([{ kind: "FX_RECEIPT" }], both)).toEqual(["OFFSHORE_CONTRACT"]);
    expect(missingEvidenceKinds([{ kind: "OFFSHORE_CONTRACT" }], both)).toEqual(["FX_RECEIPT"]);
  });
});

describe("missingLineEvidence", () => {
  it("is empty when every line has its receipt (the claim may be submitted)", () => {
    expect(missingLineEvidence([line(1, ["FX_RECEIPT"]), line(2, ["OFFSHORE_CONTRACT", "FX_RECEIPT"])])).toEqual([]);
  });

  it("names each line that lacks evidence, with its number, contract and what it lacks, in line order", () => {
    expect(missingLineEvidence([line(3, []), line(1, ["OFFSHORE_CONTRACT"]), line(2, ["FX_RECEIPT"])])).toEqual([
      { lineId: "line-1", lineNo: 1, contractRegNo: "HT-1", missing: ["FX_RECEIPT"] },
      { lineId: "line-3", lineNo: 3, contractRegNo: "HT-3", missing: ["FX_RECEIPT"] },
    ]);
  });

  it("does not reorder the caller's array", () => {
    const lines = [line(2, []), line(1, [])];
    missingLineEvidence(lines);
    expect(lines.map((l) => l.lineNo)).toEqual([2, 1]);
  });

  it("has nothing to say about a claim without lines (the submission refuses that as noLines)", () => {
    expect(missingLineEvidence([])).toEqual([]);
  });
});
