import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff-snapshots";

describe("diffSnapshots", () => {
  it("matches lines by contract number and reports changed, added and removed values", () => {
    const before = { claimYear: 2024, lines: [{ id: "a", contractRegNo: "X1", executedUsdCents: "100" }, { id: "b", contractRegNo: "X2", executedUsdCents: "5" }] };
    const after = { claimYear: 2024, lines: [{ id: "c", contractRegNo: "X3", executedUsdCents: "7" }, { id: "d", contractRegNo: "X1", executedUsdCents: "150" }] };
    expect(diffSnapshots(before, after)).toEqual([
      { path: "lines[X1].executedUsdCents", line: "X1", field: "executedUsdCents", before: "100", after: "150" },
      { path: "lines[X2].contractRegNo", line: "X2", field: "contractRegNo", before: "X2", after: null },
      { path: "lines[X2].executedUsdCents", line: "X2", field: "executedUsdCents", before: "5", after: null },
      { path: "lines[X3].contractRegNo", line: "X3", field: "contractRegNo", before: null, after: "X3" },
      { path: "lines[X3].executedUsdCents", line: "X3", field: "executedUsdCents", before: null, after: "7" },
    ]);
  });
  it("is empty for identical snapshots, ignoring row ids and a new line order", () => {
    expect(diffSnapshots({ lines: [{ id: "1", personId: "p", traineeFen: 1 }] }, { lines: [{ id: "2", personId: "p", traineeFen: 1 }] })).toEqual([]);
    const a = { id: "1", lineNo: 1, contractRegNo: "A", executedUsdCents: "1" };
    const b = { id: "2", lineNo: 2, contractRegNo: "B", executedUsdCents: "2" };
    expect(diffSnapshots({ lines: [a, b] }, { lines: [{ ...b, lineNo: 1 }, { ...a, lineNo: 2 }] })).toEqual([]);
  });
  it("names the claim's own and nested fields without a line", () => {
    expect(diffSnapshots({ claimYear: 2024, totals: { traineeTotalFen: 100 } }, { claimYear: 2025, totals: { traineeTotalFen: 300 } })).toEqual([
      { path: "claimYear", line: null, field: "claimYear", before: "2024", after: "2025" },
      { path: "totals.traineeTotalFen", line: null, field: "totals.traineeTotalFen", before: "100", after: "300" },
    ]);
  });
});
