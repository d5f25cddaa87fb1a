import { describe, expect, it } from "vitest";
import { offshoreClaimSnapshot } from "@/lib/offshore-claims/offshore-claim-snapshot";
import { describeSnapshotChanges } from "./describe-snapshot-changes";
import { diffSnapshots } from "./diff-snapshots";

const line = (overrides: Partial<Parameters<typeof offshoreClaimSnapshot>[0]["lines"][number]> = {}) => ({
  id: "row-1",
  lineNo: 1,
  contractRegNo: "HT2025-003",
  clientName: "Acme GmbH",
  clientCountry: "DE",
  serviceCategory: "SOFTWARE",
  contractValueUsdCents: 30_000_000n,
  executedUsdCents: 25_000_000n,
  fxReceiptDate: new Date("2025-03-01T00:00:00Z"),
  ...overrides,
});

describe("describeSnapshotChanges", () => {
  it("labels an offshore line's field, names the line by contract and types money, dates, categories and countries", () => {
    const before = offshoreClaimSnapshot({ claimYear: 2025, onshoreUsdCents: 0n, lines: [line()] });
    const after = offshoreClaimSnapshot({
      claimYear: 2025,
      onshoreUsdCents: 100n,
      lines: [line({ id: "row-2", executedUsdCents: 20_000_000n, clientCountry: "FR", serviceCategory: "FINANCE", fxReceiptDate: new Date("2025-04-02T00:00:00Z") })],
    });
    expect(describeSnapshotChanges("OFFSHORE", diffSnapshots(before, after))).toEqual([
      { key: "lines[HT2025-003].clientCountry", line: { kind: "contract", contractRegNo: "HT2025-003" }, label: "clientCountry", field: "clientCountry", before: { kind: "country", code: "DE" }, after: { kind: "country", code: "FR" } },
      { key: "lines[HT2025-003].executedUsdCents", line: { kind: "contract", contractRegNo: "HT2025-003" }, label: "executedUsd", field: "executedUsdCents", before: { kind: "usdCents", cents: 25_000_000 }, after: { kind: "usdCents", cents: 20_000_000 } },
      { key: "lines[HT2025-003].fxReceiptDate", line: { kind: "contract", contractRegNo: "HT2025-003" }, label: "fxReceiptDate", field: "fxReceiptDate", before: { kind: "date", iso: "2025-03-01" }, after: { kind: "date", iso: "2025-04-02" } },
      { key: "lines[HT2025-003].serviceCategory", line: { kind: "contract", contractRegNo: "HT2025-003" }, label: "serviceCategory", field: "serviceCategory", before: { kind: "serviceCategory", code: "SOFTWARE" }, after: { kind: "serviceCategory", code: "FINANCE" } },
      { key: "onshoreUsdCents", line: null, label: "onshoreUsd", field: "onshoreUsdCents", before: { kind: "usdCents", cents: 0 }, after: { kind: "usdCents", cents: 100 } },
    ]);
  });

  it("shows a line added as a whole by its values, without a row for its key", () => {
    const before = offshoreClaimSnapshot({ claimYear: 2025, onshoreUsdCents: 0n, lines: [] });
    const after = offshoreClaimSnapshot({ claimYear: 2025, onshoreUsdCents: 0n, lines: [line()] });
    const rows = describeSnapshotChanges("OFFSHORE", diffSnapshots(before, after));
    expect(rows.map((r) => r.field)).toEqual(["clientCountry", "clientName", "contractValueUsdCents", "executedUsdCents", "fxReceiptDate", "serviceCategory"]);
    expect(rows.every((r) => r.before === null && r.after !== null)).toBe(true);
  });

  it("names a training line by the trainee, shows its amounts in yuan and a replaced record without its id", () => {
    const snap = (recordId: string, traineeFen: number) => ({
      claimNo: "PX-1",
      claimYear: 2024,
      totals: { traineeTotalFen: traineeFen, institutionTotalFen: 150_000, totalFen: traineeFen + 150_000 },
      lines: [{ lineId: "l1", traineeId: "t1", personId: "p1", trainingRecordId: recordId, contractId: "c1", policyVersionId: "v1", traineeFen, institutionFen: 150_000 }],
    });
    const rows = describeSnapshotChanges("TRAINING", diffSnapshots(snap("r1", 100_000), snap("r2", 200_000)), new Map([["p1", "张三"]]));
    expect(rows).toEqual([
      { key: "lines[p1].traineeFen", line: { kind: "trainee", name: "张三" }, label: "traineeAmount", field: "traineeFen", before: { kind: "fen", fen: 100_000 }, after: { kind: "fen", fen: 200_000 } },
      { key: "lines[p1].trainingRecordId", line: { kind: "trainee", name: "张三" }, label: "trainingRecord", field: "trainingRecordId", before: { kind: "record" }, after: { kind: "record" } },
      { key: "totals.totalFen", line: null, label: "total", field: "totals.totalFen", before: { kind: "fen", fen: 250_000 }, after: { kind: "fen", fen: 350_000 } },
      { key: "totals.traineeTotalFen", line: null, label: "traineeTotal", field: "totals.traineeTotalFen", before: { kind: "fen", fen: 100_000 }, after: { kind: "fen", fen: 200_000 } },
    ]);
  });

  it("keeps a field it does not know, by its name, as text", () => {
    expect(describeSnapshotChanges("OFFSHORE", diffSnapshots({ remark: "a" }, { remark: "b" }))).toEqual([
      { key: "remark", line: null, label: null, field: "remark", before: { kind: "text", text: "a" }, after: { kind: "text", text: "b" } },
    ]);
  });
});
