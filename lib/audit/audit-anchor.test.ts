import { describe, expect, it } from "vitest";
import { checkAuditAnchor, compareWithAnchor, signAuditAnchor, type ObservedStripe } from "./audit-anchor";
import { auditKeyring } from "./audit-keys";

const keyA = Buffer.alloc(32, 1).toString("base64");
const keyB = Buffer.alloc(32, 2).toString("base64");
const stripes = [
  { chain: 0, headSeq: "41", headHash: "a".repeat(64), entries: 20 },
  { chain: 7, headSeq: "40", headHash: "b".repeat(64), entries: 3 },
];
const anchor = signAuditAnchor({ createdAt: "2026-12-06T10:00:00.000Z", reason: "scheduled", stripes }, auditKeyring(keyA).current);

describe("audit anchor signature", () => {
  it("verifies with its key, also as a previous key after a rotation", () => {
    expect(checkAuditAnchor(JSON.parse(JSON.stringify(anchor)), auditKeyring(keyA))).toMatchObject({ ok: true });
    expect(checkAuditAnchor(anchor, auditKeyring(keyB, [keyA]))).toMatchObject({ ok: true });
  });

  it("refuses any changed field, an unknown key and a malformed file", () => {
    const ring = auditKeyring(keyA);
    const changed = [
      { ...anchor, createdAt: "2026-12-07T10:00:00.000Z" },
      { ...anchor, reason: "manual" },
      { ...anchor, stripes: [{ ...stripes[0]!, entries: 19 }, stripes[1]] },
      { ...anchor, stripes: [stripes[0]] },
      { ...anchor, stripes: [stripes[0], { ...stripes[1]!, headHash: "c".repeat(64) }] },
      { ...anchor, signature: anchor.signature.replace(/^./, (c) => (c === "0" ? "1" : "0")) },
    ];
    for (const a of changed) expect(checkAuditAnchor(a, ring)).toEqual({ ok: false, reason: "bad-signature" });
    expect(checkAuditAnchor(anchor, auditKeyring(keyB))).toEqual({ ok: false, reason: "unknown-key" });
    for (const bad of [null, "x", {}, { ...anchor, format: "other" }, { ...anchor, stripes: [{ chain: 0 }] }]) {
      expect(checkAuditAnchor(bad, ring)).toEqual({ ok: false, reason: "malformed" });
    }
  });
});

describe("comparing the database with an anchor", () => {
  const intact: ObservedStripe = { hashAtAnchoredSeq: "a".repeat(64), entriesUpToAnchoredSeq: 20, headSeq: 55n };
  const stripe7: ObservedStripe = { hashAtAnchoredSeq: "b".repeat(64), entriesUpToAnchoredSeq: 3, headSeq: 40n };

  it("finds nothing when the anchored heads are there and later entries were added", () => {
    expect(compareWithAnchor(anchor, new Map([[0, intact], [7, stripe7]]))).toEqual([]);
  });

  it("names truncation, a rewritten head and a changed count", () => {
    const truncated = compareWithAnchor(anchor, new Map([[0, { hashAtAnchoredSeq: null, entriesUpToAnchoredSeq: 17, headSeq: 38n }], [7, stripe7]]));
    expect(truncated).toEqual([{ chain: 0, kind: "truncated", anchoredSeq: 41n, anchoredEntries: 20, databaseEntries: 17, databaseHeadSeq: 38n }]);
    // A stripe gone altogether is truncated too.
    expect(compareWithAnchor(anchor, new Map([[0, intact]]))).toEqual([expect.objectContaining({ chain: 7, kind: "truncated", databaseEntries: 0, databaseHeadSeq: null })]);
    expect(compareWithAnchor(anchor, new Map([[0, { ...intact, hashAtAnchoredSeq: "f".repeat(64) }], [7, stripe7]]))).toEqual([expect.objectContaining({ chain: 0, kind: "rewritten" })]);
    // The head entry deleted while later entries exist: not a clean truncation, the head is gone.
    expect(compareWithAnchor(anchor, new Map([[0, { ...intact, hashAtAnchoredSeq: null }], [7, stripe7]]))).toEqual([expect.objectContaining({ chain: 0, kind: "rewritten" })]);
    expect(compareWithAnchor(anchor, new Map([[0, { ...intact, entriesUpToAnchoredSeq: 19 }], [7, stripe7]]))).toEqual([expect.objectContaining({ chain: 0, kind: "count-mismatch" })]);
  });
});
