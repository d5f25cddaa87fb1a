// The keyed audit chain and its anchors outside the database (SECURITY.md, V7): someone with the
// table owner's rights deletes the newest entries, rewrites an entry and recomputes the chain
// without the key, or edits an anchor file; each is reported. Key rotation keeps old entries
// verifiable. Every test here passed on the unkeyed, unanchored log, where it found nothing.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { auditStripeFor, computeAuditHash } from "@/lib/audit/audit-hash";
import { auditKeyId } from "@/lib/audit/audit-keys";
import { rotateAuditKey } from "@/lib/audit/rotate-audit-key";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { AuditChainNotAnchoredError, writeAuditAnchor } from "@/lib/audit/write-audit-anchor";
import { resetServerEnvCache } from "@/lib/config/env";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { applyTestSecrets, DATABASE_KINDS } from "./test-env";

applyTestSecrets();

function targetsInStripe(stripe: number, count: number, prefix: string): string[] {
  const ids: string[] = [];
  for (let i = 0; ids.length < count; i++) if (auditStripeFor("Probe", `${prefix}-${i}`) === stripe) ids.push(`${prefix}-${i}`);
  return ids;
}

/** What a tamperer with the owner's rights can do: switch the append-only trigger off around a statement. */
async function asOwner(db: TestDatabase, sql: string) {
  await db.prisma.$transaction([
    db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`),
    db.prisma.$executeRawUnsafe(sql),
    db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`),
  ]);
}

async function audit(db: TestDatabase, targetIds: string[], action = "probe") {
  for (const targetId of targetIds) {
    await db.prisma.$transaction((tx) => appendAuditEntry(tx, { action, targetType: "Probe", targetId, result: "success", details: { n: targetId } }));
  }
}

describe.each(DATABASE_KINDS)("audit anchors and the keyed chain on %s", (kind) => {
  let db: TestDatabase;
  let anchorDir: string;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());
  beforeEach(async () => {
    anchorDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-anchors-"));
    // Each test starts from an empty log (TRUNCATE: owner only, no row triggers).
    await db.prisma.$executeRawUnsafe(`TRUNCATE "AuditEntry"`);
  });
  afterEach(() => {
    fs.rmSync(anchorDir, { recursive: true, force: true });
    for (const name of ["AUDIT_HMAC_KEY", "AUDIT_HMAC_PREVIOUS_KEYS"]) {
      if (savedEnv[name] === undefined) delete process.env[name];
      else process.env[name] = savedEnv[name];
    }
    resetServerEnvCache();
  });

  it("reports the newest entries of a stripe deleted after the last anchor as truncation, and refuses to anchor over it", async () => {
    const stripe6 = targetsInStripe(6, 5, "trunc");
    await audit(db, [...stripe6, ...targetsInStripe(1, 2, "other")]);
    const { anchor } = await writeAuditAnchor(db.prisma, { dir: anchorDir, reason: "manual" });
    expect(anchor.stripes.find((s) => s.chain === 6)).toMatchObject({ entries: 5 });
    expect(await verifyAuditChain(db.prisma, { anchorDir })).toMatchObject({ valid: true, anchor: { findings: [], badFiles: [] } });

    // Entries written after the anchor are fine; deleting the newest three of stripe 6 is not.
    await audit(db, targetsInStripe(1, 1, "later"));
    const newest = await db.prisma.auditEntry.findMany({ where: { chain: 6 }, orderBy: { seq: "desc" }, take: 3 });
    await asOwner(db, `DELETE FROM "AuditEntry" WHERE "seq" IN (${newest.map((e) => e.seq).join(",")})`);

    // The chain itself is still a valid chain (it just ends earlier): only the anchor shows it.
    const report = await verifyAuditChain(db.prisma, { anchorDir });
    expect(report.valid).toBe(false);
    expect(report.anchor!.findings).toEqual([
      expect.objectContaining({ chain: 6, kind: "truncated", anchoredSeq: newest[0]!.seq, anchoredEntries: 5, databaseEntries: 2 }),
    ]);
    expect(report.valid ? [] : report.breaks).toEqual([]);
    // A new anchor now would make the truncated log the baseline: refused.
    await expect(writeAuditAnchor(db.prisma, { dir: anchorDir, reason: "scheduled" })).rejects.toBeInstanceOf(AuditChainNotAnchoredError);
    expect(fs.readdirSync(anchorDir)).toHaveLength(1);
  });

  it("detects an entry edited and the chain recomputed without the key", async () => {
    const targets = targetsInStripe(9, 4, "edit");
    await audit(db, targets);
    const rows = await db.prisma.auditEntry.findMany({ where: { chain: 9 }, orderBy: { seq: "asc" } });
    expect(rows.every((r) => r.hashKeyId === auditKeyId(Buffer.from(process.env.AUDIT_HMAC_KEY!, "base64")))).toBe(true);

    // The tamperer changes entry 2's result and recomputes every hash from there with SHA-256 (all
    // it can compute without the key), first keeping the key ids, then marking them unkeyed.
    async function rewriteFrom(index: number, keyId: string | null) {
      let prev = rows[index - 1]!.hash;
      for (const row of rows.slice(index)) {
        const edited = { ...row, result: row.seq === rows[index]!.seq ? "failure" : row.result };
        const hash = computeAuditHash(prev, edited);
        await asOwner(
          db,
          `UPDATE "AuditEntry" SET "result" = '${edited.result}', "prevHash" = '${prev}', "hash" = '${hash}', "hashKeyId" = ${keyId === null ? "NULL" : `'${keyId}'`} WHERE "seq" = ${row.seq}`,
        );
        prev = hash;
      }
    }
    await rewriteFrom(2, rows[0]!.hashKeyId);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: false, chain: 9, brokenAtSeq: rows[2]!.seq, reason: "hash-mismatch" });
    await rewriteFrom(2, null);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: false, chain: 9, brokenAtSeq: rows[2]!.seq, reason: "unkeyed-entry" });
  });

  it("detects the whole stripe recomputed as unkeyed entries once it was anchored", async () => {
    const targets = targetsInStripe(12, 3, "whole");
    await audit(db, targets);
    await writeAuditAnchor(db.prisma, { dir: anchorDir, reason: "manual" });
    const rows = await db.prisma.auditEntry.findMany({ where: { chain: 12 }, orderBy: { seq: "asc" } });
    // Without an anchor an all-unkeyed stripe would pass as entries from before the keyed chain.
    let prev = rows[0]!.prevHash;
    for (const row of rows) {
      const edited = { ...row, actorRole: "ADMINISTRATOR" };
      const hash = computeAuditHash(prev, edited);
      await asOwner(db, `UPDATE "AuditEntry" SET "actorRole" = 'ADMINISTRATOR', "prevHash" = '${prev}', "hash" = '${hash}', "hashKeyId" = NULL WHERE "seq" = ${row.seq}`);
      prev = hash;
    }
    const report = await verifyAuditChain(db.prisma, { anchorDir });
    expect(report.valid).toBe(false);
    expect(report.anchor!.findings).toEqual([expect.objectContaining({ chain: 12, kind: "rewritten" })]);
  });

  it("reports a tampered anchor file and one signed with a key it does not know", async () => {
    await audit(db, targetsInStripe(3, 3, "anchor"));
    const { file } = await writeAuditAnchor(db.prisma, { dir: anchorDir, reason: "manual" });
    // Someone lowers the anchored count, to hide a later deletion.
    const content = JSON.parse(fs.readFileSync(file, "utf8"));
    content.stripes[0].entries = 1;
    fs.writeFileSync(file, JSON.stringify(content));
    let report = await verifyAuditChain(db.prisma, { anchorDir });
    expect(report.valid).toBe(false);
    expect(report.anchor).toMatchObject({ file: null, badFiles: [{ file, reason: "bad-signature" }] });

    // A newer anchor written with another key (a forger's): also reported, the older valid one still used.
    fs.rmSync(file);
    const genuine = (await writeAuditAnchor(db.prisma, { dir: anchorDir, reason: "manual" })).file;
    const forgedFile = path.join(anchorDir, "audit-anchor-9999-12-31T00-00-00-000Z-forged.json");
    fs.writeFileSync(forgedFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(genuine, "utf8")), keyId: "forgerskey" }));
    report = await verifyAuditChain(db.prisma, { anchorDir });
    expect(report.valid).toBe(false);
    expect(report.anchor).toMatchObject({ file: genuine, findings: [], badFiles: [{ file: forgedFile, reason: "unknown-key" }] });
  });

  it("keeps entries under the old key verifiable after a rotation, and anchors the switch", async () => {
    const oldKey = process.env.AUDIT_HMAC_KEY!;
    await audit(db, [...targetsInStripe(0, 2, "before"), ...targetsInStripe(5, 2, "before")], "before");
    await writeAuditAnchor(db.prisma, { dir: anchorDir, reason: "manual" });

    const newKey = randomBytes(32).toString("base64");
    process.env.AUDIT_HMAC_KEY = newKey;
    process.env.AUDIT_HMAC_PREVIOUS_KEYS = oldKey;
    resetServerEnvCache();
    const { keyId, anchorFile } = await rotateAuditKey(db.prisma, { anchorDir });
    expect(keyId).toBe(auditKeyId(Buffer.from(newKey, "base64")));
    expect(JSON.parse(fs.readFileSync(anchorFile, "utf8"))).toMatchObject({ reason: "key-rotation", keyId });
    await audit(db, [...targetsInStripe(0, 1, "after"), ...targetsInStripe(5, 1, "after")], "after");

    const rows = await db.prisma.auditEntry.findMany({ orderBy: { seq: "asc" } });
    const oldId = auditKeyId(Buffer.from(oldKey, "base64"));
    expect(rows.filter((r) => r.action === "before").every((r) => r.hashKeyId === oldId)).toBe(true);
    expect(rows.filter((r) => r.action !== "before").every((r) => r.hashKeyId === keyId)).toBe(true);
    expect(await verifyAuditChain(db.prisma, { anchorDir })).toMatchObject({ valid: true, checked: rows.length, anchor: { findings: [], badFiles: [] } });

    // Dropping the old key makes its entries unverifiable: reported, not silently accepted.
    delete process.env.AUDIT_HMAC_PREVIOUS_KEYS;
    resetServerEnvCache();
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: false, reason: "unknown-key" });
  });

  it("accepts entries from before the keyed chain only up to the anchored head", async () => {
    // An unkeyed entry as the unkeyed code wrote it, then keyed ones: valid without and with an anchor.
    const [legacyTarget] = targetsInStripe(0, 1, "legacy");
    const at = new Date();
    const row = { at, actorId: null, actorRole: null, action: "legacy", targetType: "Probe", targetId: legacyTarget!, result: "success", details: null, ipAddress: null };
    const genesis = "0".repeat(64);
    await db.prisma.$executeRaw`
      INSERT INTO "AuditEntry" ("at", "action", "targetType", "targetId", "result", "prevHash", "hash")
      VALUES (${at}, 'legacy', 'Probe', ${legacyTarget}, 'success', ${genesis}, ${computeAuditHash(genesis, row)})`;
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true, checked: 1 });
    await writeAuditAnchor(db.prisma, { dir: anchorDir, reason: "start-up" });
    // After the anchor, an unkeyed entry appended by someone without the key is refused.
    const last = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: "desc" } });
    const forged = { ...row, action: "forged" };
    await db.prisma.$executeRaw`
      INSERT INTO "AuditEntry" ("at", "action", "targetType", "targetId", "result", "prevHash", "hash")
      VALUES (${at}, 'forged', 'Probe', ${legacyTarget}, 'success', ${last.hash}, ${computeAuditHash(last.hash, forged)})`;
    expect(await verifyAuditChain(db.prisma, { anchorDir })).toMatchObject({ valid: false, chain: 0, reason: "unkeyed-entry" });
  });
});
