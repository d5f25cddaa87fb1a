// What changed between two submissions of a claim, for the reviewer after a request for changes.
// Lines are matched by their business key (contract number, person), not by row id or position,
// so a re-ordered or re-saved line does not show up as a change.

export interface SnapshotChange {
  /** Unique among the changes (e.g. `lines[HT2025-003].executedUsdCents`): a key, not for display. */
  path: string;
  /** The business key of the line the value belongs to (contract number, person id); null for the claim's own fields. */
  line: string | null;
  /** The field's name within its line or the claim, dotted for nested objects (`totals.traineeTotalFen`). */
  field: string;
  before: string | null;
  after: string | null;
}

const LINE_KEYS = ["contractRegNo", "personId"];
// Row ids change on every re-save; the line number changes when lines are re-ordered. Neither is
// something the applicant changed in substance.
const IGNORED = new Set(["id", "lineId", "lineNo"]);

interface Leaf {
  line: string | null;
  field: string;
  value: string | null;
}

function scalar(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function flatten(value: unknown, path: string, line: string | null, field: string, out: Map<string, Leaf>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const key = item && typeof item === "object" ? LINE_KEYS.find((k) => k in (item as object)) : undefined;
      const label = key ? String((item as Record<string, unknown>)[key]) : String(index);
      flatten(item, `${path}[${label}]`, label, "", out);
    });
    return;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (IGNORED.has(k)) continue;
      flatten(v, path ? `${path}.${k}` : k, line, field ? `${field}.${k}` : k, out);
    }
    return;
  }
  out.set(path, { line, field, value: scalar(value) });
}

export function diffSnapshots(before: unknown, after: unknown): SnapshotChange[] {
  const a = new Map<string, Leaf>();
  const b = new Map<string, Leaf>();
  flatten(before, "", null, "", a);
  flatten(after, "", null, "", b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .filter((p) => (a.get(p)?.value ?? null) !== (b.get(p)?.value ?? null))
    .map((p) => {
      const leaf = (a.get(p) ?? b.get(p))!;
      return { path: p, line: leaf.line, field: leaf.field, before: a.get(p)?.value ?? null, after: b.get(p)?.value ?? null };
    });
}
