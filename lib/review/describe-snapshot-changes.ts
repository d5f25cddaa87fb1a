import type { SnapshotChange } from "./diff-snapshots";

/**
 * The submission diff as a reader sees it: a label for each field (a message key of the
 * "submissionDiff" namespace), its line named by contract number or trainee, and each value
 * typed so the page can show money as money, a service category or country by its name and a
 * record's id not at all. Pure: the page turns it into text in the reader's language.
 */
export type DiffValue =
  | { kind: "usdCents"; cents: number }
  | { kind: "fen"; fen: number }
  | { kind: "date"; iso: string }
  | { kind: "serviceCategory"; code: string }
  | { kind: "country"; code: string }
  | { kind: "text"; text: string }
  /** Another stored record (training record, contract, policy version): which one is in the history, its id means nothing to a reader. */
  | { kind: "record" };

export interface DescribedChange {
  key: string;
  /** The line: an offshore contract number, or a trainee's name; null for the claim itself. */
  line: { kind: "contract"; contractRegNo: string } | { kind: "trainee"; name: string | null } | null;
  /** The message key of the field's label; null for a field this page does not know (shown by its name). */
  label: string | null;
  field: string;
  before: DiffValue | null;
  after: DiffValue | null;
}

type ValueKind = DiffValue["kind"];

// Every field of the offshore and training snapshots (lib/offshore-claims/offshore-claim-snapshot.ts,
// lib/training-claims/submit-training-claim.ts): its label and how its value reads.
const FIELDS: Record<string, { label: string; kind: ValueKind }> = {
  claimNo: { label: "claimNo", kind: "text" },
  claimYear: { label: "claimYear", kind: "text" },
  onshoreUsdCents: { label: "onshoreUsd", kind: "usdCents" },
  contractRegNo: { label: "contractRegNo", kind: "text" },
  clientName: { label: "clientName", kind: "text" },
  clientCountry: { label: "clientCountry", kind: "country" },
  serviceCategory: { label: "serviceCategory", kind: "serviceCategory" },
  contractValueUsdCents: { label: "contractValueUsd", kind: "usdCents" },
  executedUsdCents: { label: "executedUsd", kind: "usdCents" },
  fxReceiptDate: { label: "fxReceiptDate", kind: "date" },
  "totals.traineeTotalFen": { label: "traineeTotal", kind: "fen" },
  "totals.institutionTotalFen": { label: "institutionTotal", kind: "fen" },
  "totals.totalFen": { label: "total", kind: "fen" },
  traineeFen: { label: "traineeAmount", kind: "fen" },
  institutionFen: { label: "institutionAmount", kind: "fen" },
  trainingRecordId: { label: "trainingRecord", kind: "record" },
  contractId: { label: "employmentContract", kind: "record" },
  policyVersionId: { label: "policyVersion", kind: "record" },
};

// A line's key and the trainee's row id repeat what the line's name already says.
const LINE_IDENTITY = new Set(["contractRegNo", "personId", "traineeId"]);

function typed(kind: ValueKind, raw: string | null): DiffValue | null {
  if (raw === null) return null;
  switch (kind) {
    case "usdCents":
      return { kind, cents: Number(raw) };
    case "fen":
      return { kind, fen: Number(raw) };
    case "date":
      return { kind, iso: raw };
    case "serviceCategory":
    case "country":
      return { kind, code: raw };
    case "record":
      return { kind };
    default:
      return { kind: "text", text: raw };
  }
}

/**
 * Offshore lines are named by contract number; training lines by the trainee's name, looked up in
 * `traineeNames` by person id (the training lines' key). A line added or removed as a whole shows
 * its values against "—", without rows for its key and ids.
 */
export function describeSnapshotChanges(
  kind: "OFFSHORE" | "TRAINING",
  changes: SnapshotChange[],
  traineeNames: ReadonlyMap<string, string> = new Map(),
): DescribedChange[] {
  return changes
    .filter((c) => !(c.line !== null && LINE_IDENTITY.has(c.field)))
    .map((c) => {
      const known = FIELDS[c.field];
      const line: DescribedChange["line"] =
        c.line === null ? null : kind === "OFFSHORE" ? { kind: "contract", contractRegNo: c.line } : { kind: "trainee", name: traineeNames.get(c.line) ?? null };
      return {
        key: c.path,
        line,
        label: known?.label ?? null,
        field: c.field,
        before: typed(known?.kind ?? "text", c.before),
        after: typed(known?.kind ?? "text", c.after),
      };
    });
}
