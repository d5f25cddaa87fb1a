import { describe, expect, it } from "vitest";
import { AUDIT_GENESIS_HASH, canonicalJson, computeAuditHash } from "./audit-hash";

const entry = {
  at: new Date("2026-01-01T00:00:00Z"),
  actorId: null,
  actorRole: null,
  action: "auth.login",
  targetType: "User",
  targetId: "u1",
  result: "success",
  details: { b: 1, a: [2, { d: 3, c: 4 }] },
  ipAddress: "127.0.0.1",
};

describe("audit hash chain", () => {
  it("orders keys so equal content hashes equally", () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it("changes when any field or the previous hash changes", () => {
    const base = computeAuditHash(AUDIT_GENESIS_HASH, entry);
    expect(computeAuditHash(AUDIT_GENESIS_HASH, { ...entry, result: "failure" })).not.toBe(base);
    expect(computeAuditHash(AUDIT_GENESIS_HASH, { ...entry, details: { b: 2 } })).not.toBe(base);
    expect(computeAuditHash("f".repeat(64), entry)).not.toBe(base);
    expect(computeAuditHash(AUDIT_GENESIS_HASH, { ...entry })).toBe(base);
  });
});
