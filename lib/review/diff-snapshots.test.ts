import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff-snapshots";

describe("diffSnapshots", () => {
  it("matches lines by contract number and reports changed, added and removed values", () => {
    const before = { claimYear: 2024, lines: [{ id: "a", contractRegNo: "X1", executedUsdCents: "100" }, { id: "b", contractRegNo: "X2", executedUsdCents: "5" }] };
    const after = { claimYear: 2024, lines: [{ id: "c", contractRegNo: "X3", executedUsdCents: "7" }, { id: "d", contractRegNo: "X1", executedUsdCents: "150" }] };
    expect(diffSnapshots(before, after)).toEqual([
      { path: "lines[X1].executedUsdCents", before: "100", after: "150" },
      { path: "lines[X2].contractRegNo", before: "X2", after: null },
      { path: "lines[X2].executedUsdCents", before: "5", after: null },
      { path: "lines[X3].contractRegNo", before: null, after: "X3" },
      { path: "lines[X3].executedUsdCents", before: null, after: "7" },
    ]);
  });
  it("is empty for identical snapshots, ignoring row ids", () => {
    expect(diffSnapshots({ lines: [{ id: "1", personId: "p", traineeFen: 1 }] }, { lines: [{ id: "2", personId: "p", traineeFen: 1 }] })).toEqual([]);
  });
});
