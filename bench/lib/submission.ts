// Claim submission under load: 20 concurrent workers submitting distinct enterprises' DRAFT claims
// through the real domain operation (lib/offshore-claims/submit-offshore-claim.ts), next to the same rows
// written with plain Prisma calls (no reads, no evaluation, no audit-chain lock): the floor.
import { BUILT_IN_CITY_ID } from "@/lib/cities/find-city";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { RawQueryable } from "../../lib/db/client";
import { submitOffshoreClaim } from "../../lib/offshore-claims/submit-offshore-claim";
import { auditGenesisHash, auditStripeFor, computeAuditHash } from "../../lib/audit/audit-hash";
import { BulkTable } from "./bulk";
import { Random, stats } from "./common";

export interface Draft {
  claimId: string;
  organisationId: string;
  userId: string;
}

/**
 * DRAFT claims (two lines each) for `count` of the measured city's (Nanchang's) enterprises in a
 * claim year none of them has used yet.
 * Each line has the foreign-exchange receipt a submission requires (as a row only: the bench never
 * reads the file).
 */
export async function prepareDrafts(db: RawQueryable, count: number, seed: number): Promise<{ year: number; drafts: Draft[] }> {
  const [{ year }] = (await db.query<{ year: number }>(`SELECT GREATEST(2026, COALESCE(MAX("claimYear"), 2025) + 1)::int AS year FROM "OffshoreClaim"`)) as [{ year: number }];
  const orgs = await db.query<{ organisationId: string; userId: string }>(
    `SELECT o."id" AS "organisationId", min(u."id"::text) AS "userId" FROM "Organisation" o JOIN "User" u ON u."organisationId" = o."id"
      WHERE o."kind" = 'ENTERPRISE' AND o."cityId" = $2 GROUP BY o."id" ORDER BY o."id" LIMIT $1`,
    [count, BUILT_IN_CITY_ID],
  );
  const rand = new Random(seed + year);
  const claims = new BulkTable("OffshoreClaim", [
    ["id", "uuid"], ["cityId", "text"], ["claimNo", "text"], ["organisationId", "uuid"], ["claimYear", "int4"], ["status", '"ClaimStatus"'], ["createdById", "uuid"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
  ]);
  const lines = new BulkTable("OffshoreContractLine", [
    ["id", "uuid"], ["claimId", "uuid"], ["lineNo", "int4"], ["contractRegNo", "text"], ["clientName", "text"], ["clientCountry", "text"], ["serviceCategory", '"ServiceCategory"'],
    ["contractValueUsdCents", "int8"], ["executedUsdCents", "int8"], ["fxReceiptDate", "date"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
  ]);
  const evidence = new BulkTable("EvidenceFile", [
    ["id", "uuid"], ["organisationId", "uuid"], ["kind", '"EvidenceKind"'], ["storageKey", "text"], ["mimeType", "text"], ["sizeBytes", "int4"], ["sha256", "text"],
    ["offshoreLineId", "uuid"], ["uploadedById", "uuid"], ["createdAt", "timestamp(3)"],
  ]);
  const now = new Date();
  const drafts: Draft[] = orgs.map((o, i) => {
    const claimId = rand.uuid7(now.getTime());
    claims.add({ id: claimId, cityId: BUILT_IN_CITY_ID, claimNo: `A${year}-B${String(i).padStart(5, "0")}`, organisationId: o.organisationId, claimYear: year, status: "DRAFT", createdById: o.userId, createdAt: now, updatedAt: now });
    for (let n = 1; n <= 2; n++) {
      const lineId = rand.uuid7(now.getTime());
      const evidenceId = rand.uuid7(now.getTime());
      evidence.add({
        id: evidenceId, organisationId: o.organisationId, kind: "FX_RECEIPT", storageKey: evidenceId, mimeType: "application/pdf", sizeBytes: 1024, sha256: "0".repeat(64),
        offshoreLineId: lineId, uploadedById: o.userId, createdAt: now,
      });
      lines.add({
        id: lineId, claimId, lineNo: n, contractRegNo: `BENCH${year}-${i}-${n}`, clientName: "Bench Client Ltd.", clientCountry: "US", serviceCategory: "SOFTWARE",
        contractValueUsdCents: BigInt(rand.int(20_000_000, 90_000_000)), executedUsdCents: BigInt(rand.int(15_000_000, 20_000_000)), fxReceiptDate: `${year}-06-30`, createdAt: now, updatedAt: now,
      });
    }
    return { claimId, organisationId: o.organisationId, userId: o.userId };
  });
  await claims.flush(db);
  await lines.flush(db);
  await evidence.flush(db);
  return { year, drafts };
}

export async function benchWith(drafts: Draft[], concurrency: number, maxMs: number, op: (d: Draft) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const t0 = performance.now();
  const stopAt = t0 + maxMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < drafts.length && performance.now() < stopAt) {
        const d = drafts[next++]!;
        const s = performance.now();
        try {
          await op(d);
          latencies.push(performance.now() - s);
        } catch (error) {
          errors++;
          firstError ??= String((error as Error).message ?? error).slice(0, 300);
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { ...stats(latencies), ok: latencies.length, errors, firstError, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round((latencies.length / seconds) * 10) / 10 };
}

/** The real operation: reads the claim and lines, evaluates rule A, conditional update, submission snapshot, audit entry (chain lock). */
export function benchDomainSubmit(prisma: PrismaClient, drafts: Draft[], concurrency = 20, maxMs = 90_000) {
  return benchWith(drafts, concurrency, maxMs, async (d) => {
    await submitOffshoreClaim(prisma, { id: d.userId, role: "ENTERPRISE_MEMBER", organisationId: d.organisationId, cityId: BUILT_IN_CITY_ID }, { claimId: d.claimId, version: 0, declaration: true, submissionKey: randomUUID() } as never);
  });
}

/**
 * The same rows written with plain Prisma in one batch transaction per submission: the claim update,
 * the ClaimSubmission and the AuditEntry. The audit entries still form a valid chain: the bench
 * process hands out seq and prevHash in memory (an ideal sequencer), so the database stays verifiable.
 */
export async function benchRawInserts(prisma: PrismaClient, drafts: Draft[], concurrency = 20, maxMs = 90_000) {
  const last = await prisma.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  let seq = last?.seq ?? 0n;
  // The audit log is striped: the newest hash of each stripe, handed out in memory like seq.
  const lastPerChain = await prisma.$queryRaw<Array<{ chain: number; hash: string }>>`SELECT DISTINCT ON ("chain") "chain", "hash" FROM "AuditEntry" ORDER BY "chain", "seq" DESC`;
  const prevHashes = new Map<number, string>(lastPerChain.map((r) => [Number(r.chain), r.hash]));
  const evaluation = { eligible: true, entitlementFen: 700_000, amountFen: 700_000, policyVersionId: "nanchang-2015-implementation-opinions", reasons: [] };
  const result = await benchWith(drafts, concurrency, maxMs, async (d) => {
    const at = new Date();
    const row = { at, actorId: d.userId, actorRole: "ENTERPRISE_MEMBER", action: "offshore-claim.submit", targetType: "OffshoreClaim", targetId: d.claimId, result: "success", details: { entitlementFen: 700_000 }, ipAddress: null };
    const chain = auditStripeFor(row.targetType, row.targetId);
    const prevHash = prevHashes.get(chain) ?? auditGenesisHash(chain);
    const hash = computeAuditHash(prevHash, row);
    seq += 1n;
    const entry = { ...row, seq, chain, prevHash, hash };
    prevHashes.set(chain, hash);
    await prisma.$transaction([
      prisma.offshoreClaim.update({
        where: { id: d.claimId },
        data: { status: "SUBMITTED", offshoreUsdCents: 35_000_000n, entitlementFen: 700_000, policyVersionId: evaluation.policyVersionId, evaluation, declarationAcceptedAt: at, submissionKey: randomUUID(), submittedAt: at, submissionCount: { increment: 1 }, version: { increment: 1 } },
      }),
      prisma.claimSubmission.create({ data: { claimKind: "OFFSHORE", offshoreClaimId: d.claimId, sequence: 1, snapshot: { lines: [] }, evaluation, submittedById: d.userId, submittedAt: at } }),
      prisma.auditEntry.create({ data: entry }),
    ]);
  });
  await prisma.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"AuditEntry"', 'seq'), (SELECT max(seq) FROM "AuditEntry"))`);
  return result;
}
