import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";
import { checkAuditAnchor, compareWithAnchor } from "@/lib/audit/audit-anchor";
import { observeAnchoredStripes } from "@/lib/audit/audit-anchor-store";
import { auditKeyringFromEnv } from "@/lib/audit/audit-keys";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { backupAuditHeadsFile, writeBackupAuditHeads } from "@/tooling/backup/backup-audit-heads";
import { backupPglite, backupPostgres } from "@/tooling/backup/backup-database";
import { restorePglite, restorePostgres } from "@/tooling/backup/restore-database";
import { createPrismaClient } from "@/lib/db/client";
import { createTestDatabase } from "@/tooling/db/test-database";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createOffshoreClaim, createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { applyTestSecrets } from "./test-env";

applyTestSecrets();
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

async function fillWithClaims(prisma: PrismaClient) {
  await ensureBuiltInPolicyVersions(prisma);
  const { actor } = await createOrganisationWithUser(prisma);
  await createOffshoreClaim(prisma, actor, { claimYear: 2024, submit: true, lines: [offshoreLine({ executedUsd: "250000.00" }), offshoreLine()] });
  return {
    claims: await prisma.offshoreClaim.findMany({ orderBy: { id: "asc" } }),
    lines: await prisma.offshoreContractLine.count(),
    audit: await prisma.auditEntry.count(),
    ledger: await prisma.ledgerEntry.count(),
  };
}

/**
 * The backup's signed audit heads match the restored database; deleting the restored log's newest
 * entry is then reported as truncation against them.
 */
async function expectAuditHeadsMatch(prisma: PrismaClient, backupFile: string) {
  const check = checkAuditAnchor(JSON.parse(fs.readFileSync(backupAuditHeadsFile(backupFile), "utf8")), auditKeyringFromEnv());
  if (!check.ok) throw new Error(`the backup's audit heads do not verify: ${check.reason}`);
  expect(check.anchor.reason).toBe("backup");
  expect(check.anchor.stripes.reduce((n, s) => n + s.entries, 0)).toBe(await prisma.auditEntry.count());
  expect(compareWithAnchor(check.anchor, await observeAnchoredStripes(prisma, check.anchor))).toEqual([]);
  const newest = await prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: "desc" } });
  await prisma.$transaction([
    prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`),
    prisma.$executeRawUnsafe(`DELETE FROM "AuditEntry" WHERE "seq" = ${newest.seq}`),
    prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`),
  ]);
  expect(compareWithAnchor(check.anchor, await observeAnchoredStripes(prisma, check.anchor))).toEqual([
    expect.objectContaining({ chain: newest.chain, kind: "truncated" }),
  ]);
}

async function contentsOf(prisma: PrismaClient) {
  return {
    claims: await prisma.offshoreClaim.findMany({ orderBy: { id: "asc" } }),
    lines: await prisma.offshoreContractLine.count(),
    audit: await prisma.auditEntry.count(),
    ledger: await prisma.ledgerEntry.count(),
  };
}

describe("backup and restore", () => {
  it("PGlite: backs up, wipes, restores and finds everything with the audit chain intact", async () => {
    const db = await createTestDatabase("pglite");
    const before = await fillWithClaims(db.prisma);
    const file = path.join(workDir, "pglite.tar.gz");
    await writeBackupAuditHeads(db.prisma, file);
    await backupPglite(db.pglite!, file);
    await db.close();

    const restored = await restorePglite(file, "memory://");
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(restored) });
    try {
      expect(await contentsOf(prisma)).toEqual(before);
      expect(before.audit).toBeGreaterThan(2);
      expect((await verifyAuditChain(prisma)).valid).toBe(true);
      await expectAuditHeadsMatch(prisma, file);
    } finally {
      await prisma.$disconnect();
      await restored.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("PostgreSQL: pg_dump, wipe, pg_restore, everything back with the audit chain intact", async () => {
    const db = await createTestDatabase("postgres");
    try {
      const before = await fillWithClaims(db.prisma);
      const file = path.join(workDir, "postgres.dump");
      await writeBackupAuditHeads(db.prisma, file);
      await backupPostgres(db.url, file);
      await db.prisma.$executeRawUnsafe('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await db.prisma.$disconnect();
      await restorePostgres(db.url, file);
      const handle = createPrismaClient(db.url);
      try {
        expect(await contentsOf(handle.prisma)).toEqual(before);
        expect((await verifyAuditChain(handle.prisma)).valid).toBe(true);
        await expectAuditHeadsMatch(handle.prisma, file);
      } finally {
        await handle.close();
      }
    } finally {
      await db.close();
    }
  });
});
