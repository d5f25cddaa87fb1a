import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { backupPglite, backupPostgres } from "@/lib/backup/backup-database";
import { restorePglite, restorePostgres } from "@/lib/backup/restore-database";
import { createPrismaClient } from "@/lib/db/client";
import { createTestDatabase } from "@/lib/db/test-database";
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
    await backupPglite(db.pglite!, file);
    await db.close();

    const restored = await restorePglite(file, "memory://");
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(restored) });
    try {
      expect(await contentsOf(prisma)).toEqual(before);
      expect(before.audit).toBeGreaterThan(2);
      expect((await verifyAuditChain(prisma)).valid).toBe(true);
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
      await backupPostgres(db.url, file);
      await db.prisma.$executeRawUnsafe('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await db.prisma.$disconnect();
      await restorePostgres(db.url, file);
      const handle = createPrismaClient(db.url);
      try {
        expect(await contentsOf(handle.prisma)).toEqual(before);
        expect((await verifyAuditChain(handle.prisma)).valid).toBe(true);
      } finally {
        await handle.close();
      }
    } finally {
      await db.close();
    }
  });
});
