/**
 * What evidence an offshore claim line still lacks before the claim may be submitted. Pure: the
 * submit operation (assert-line-evidence.ts, on the stored lines) and the claim form's hint next
 * to each line (on the evidence the page shows) both ask this, so they cannot disagree.
 */

/** The kinds of evidence an applicant uploads to an offshore line. */
export type OffshoreLineEvidenceKind = "OFFSHORE_CONTRACT" | "FX_RECEIPT";

/**
 * Policy, rule A (/work/shared/domain/policy-rules.md): each offshore contract comes with
 * "evidence of the foreign-exchange receipt" (收汇). That is the one kind the rules name for a
 * line, so it is the one kind required; the contract itself is known from the Ministry of
 * Commerce's statistics system, and an uploaded copy stays welcome but optional. A reviewer who
 * wants more asks for it through "request changes".
 */
export const REQUIRED_OFFSHORE_LINE_EVIDENCE: readonly OffshoreLineEvidenceKind[] = ["FX_RECEIPT"];

export interface LineWithEvidence {
  id: string;
  lineNo: number;
  contractRegNo: string;
  /** The line's evidence as stored; other kinds (the enum has more) never count for a line. */
  evidence: ReadonlyArray<{ kind: string }>;
}

export interface MissingLineEvidence {
  lineId: string;
  lineNo: number;
  contractRegNo: string;
  /** In the order of `required`, each kind once. */
  missing: OffshoreLineEvidenceKind[];
}

/** The required kinds of which `evidence` has no file, in the order of `required`. */
export function missingEvidenceKinds(
  evidence: ReadonlyArray<{ kind: string }>,
  required: readonly OffshoreLineEvidenceKind[] = REQUIRED_OFFSHORE_LINE_EVIDENCE,
): OffshoreLineEvidenceKind[] {
  const present = new Set(evidence.map((item) => item.kind));
  return [...new Set(required)].filter((kind) => !present.has(kind));
}

/** Every line that lacks a required kind, in line order; empty when the claim may be submitted. */
export function missingLineEvidence(
  lines: readonly LineWithEvidence[],
  required: readonly OffshoreLineEvidenceKind[] = REQUIRED_OFFSHORE_LINE_EVIDENCE,
): MissingLineEvidence[] {
  return [...lines]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map((line) => ({ lineId: line.id, lineNo: line.lineNo, contractRegNo: line.contractRegNo, missing: missingEvidenceKinds(line.evidence, required) }))
    .filter((line) => line.missing.length > 0);
}
