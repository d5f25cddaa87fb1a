// What changed between two submissions of a claim, for the reviewer after a request for changes.
// Lines are matched by their business key (contract number, person), not by row id or position,
// so a re-ordered or re-saved line does not show up as a change.

export interface SnapshotChange {
  path: string;
  before: string | null;
  after: string | null;
}

const LINE_KEYS = ["contractRegNo", "personId"];
const IGNORED = new Set(["id", "lineId"]);

function scalar(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function flatten(value: unknown, path: string, out: Map<string, string | null>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const key = item && typeof item === "object" ? LINE_KEYS.find((k) => k in (item as object)) : undefined;
      const label = key ? String((item as Record<string, unknown>)[key]) : String(index);
      flatten(item, `${path}[${label}]`, out);
    });
    return;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (IGNORED.has(k)) continue;
      flatten(v, path ? `${path}.${k}` : k, out);
    }
    return;
  }
  out.set(path, scalar(value));
}

export function diffSnapshots(before: unknown, after: unknown): SnapshotChange[] {
  const a = new Map<string, string | null>();
  const b = new Map<string, string | null>();
  flatten(before, "", a);
  flatten(after, "", b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .filter((p) => (a.get(p) ?? null) !== (b.get(p) ?? null))
    .map((p) => ({ path: p, before: a.get(p) ?? null, after: b.get(p) ?? null }));
}
