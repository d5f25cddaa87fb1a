import { describe, expect, it } from "vitest";
import { AUDIT_CHAIN_STRIPES, AUDIT_GENESIS_HASH, auditGenesisHash, auditStripeFor, canonicalJson, computeAuditHash, computeKeyedAuditHash } from "./audit-hash";
import { auditKeyring } from "./audit-keys";

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

  it("puts a target in one stable stripe and spreads targets over every stripe", () => {
    expect(auditStripeFor("OffshoreClaim", "c1")).toBe(auditStripeFor("OffshoreClaim", "c1"));
    expect(auditStripeFor(null, null)).toBe(0);
    expect(auditStripeFor("User", null)).toBe(0);
    const seen = new Map<number, number>();
    for (let i = 0; i < 1600; i++) {
      const s = auditStripeFor("OffshoreClaim", `claim-${i}`);
      expect(Number.isInteger(s) && s >= 0 && s < AUDIT_CHAIN_STRIPES).toBe(true);
      seen.set(s, (seen.get(s) ?? 0) + 1);
    }
    expect(seen.size).toBe(AUDIT_CHAIN_STRIPES);
    // Roughly even: no stripe gets more than twice its share.
    expect(Math.max(...seen.values())).toBeLessThan((2 * 1600) / AUDIT_CHAIN_STRIPES);
  });

  it("starts stripe 0 at the original genesis and every other stripe at its own", () => {
    expect(auditGenesisHash(0)).toBe(AUDIT_GENESIS_HASH);
    const geneses = new Set(Array.from({ length: AUDIT_CHAIN_STRIPES }, (_, k) => auditGenesisHash(k)));
    expect(geneses.size).toBe(AUDIT_CHAIN_STRIPES);
    for (const g of geneses) expect(g).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keys the hash: another key, another key id or no key gives another hash", () => {
    const a = auditKeyring(Buffer.alloc(32, 1).toString("base64")).current;
    const b = auditKeyring(Buffer.alloc(32, 2).toString("base64")).current;
    const keyed = computeKeyedAuditHash(a, AUDIT_GENESIS_HASH, entry);
    expect(keyed).toMatch(/^[0-9a-f]{64}$/);
    expect(computeKeyedAuditHash(a, AUDIT_GENESIS_HASH, { ...entry })).toBe(keyed);
    expect(computeKeyedAuditHash(b, AUDIT_GENESIS_HASH, entry)).not.toBe(keyed);
    expect(computeKeyedAuditHash({ ...a, id: b.id }, AUDIT_GENESIS_HASH, entry)).not.toBe(keyed);
    expect(computeAuditHash(AUDIT_GENESIS_HASH, entry)).not.toBe(keyed);
    expect(computeKeyedAuditHash(a, AUDIT_GENESIS_HASH, { ...entry, result: "failure" })).not.toBe(keyed);
    expect(a.id).not.toBe(b.id);
  });

  it("covers the city of an entry that has one (null included), and leaves the older content as it was", () => {
    const key = auditKeyring(Buffer.alloc(32, 3).toString("base64")).current;
    const older = computeKeyedAuditHash(key, AUDIT_GENESIS_HASH, entry);
    // No city given: byte for byte the content entries had before the city column.
    expect(computeKeyedAuditHash(key, AUDIT_GENESIS_HASH, { ...entry, cityId: undefined })).toBe(older);
    expect(computeAuditHash(AUDIT_GENESIS_HASH, { ...entry, cityId: undefined })).toBe(computeAuditHash(AUDIT_GENESIS_HASH, entry));
    const nanchang = computeKeyedAuditHash(key, AUDIT_GENESIS_HASH, { ...entry, cityId: "nanchang" });
    const none = computeKeyedAuditHash(key, AUDIT_GENESIS_HASH, { ...entry, cityId: null });
    expect(new Set([older, nanchang, none, computeKeyedAuditHash(key, AUDIT_GENESIS_HASH, { ...entry, cityId: "changsha" })]).size).toBe(4);
  });
});
