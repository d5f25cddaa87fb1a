// Concurrency on PostgreSQL: the cap and the single payment must hold whatever the timing.
//
// Design. The schema allows one rule-A claim per enterprise and year, so pressure on one
// enterprise-year comes from three directions, all fired at once from 10 separate Prisma clients
// (10 pools, so up to 50 real connections):
//  1. 50 concurrent approvals of the same claim, on an enterprise-year already holding an earlier
//     grant of 450,000 RMB (a grant recorded from before the portal): the claim's 60,000 RMB
//     entitlement must be cut to the 50,000 left, and granted exactly once.
//  2. 50 concurrent transactions that each try to add 20,000 RMB to one enterprise-year's
//     running total the way an approval does (ledger row + UPDATE of EnterpriseYearGrant): the
//     CHECK constraint and the row lock let exactly 25 through, and the total ends exactly at
//     the cap. This proves the database refuses excess even if application code were wrong.
//  3. 50 concurrent approvals of 50 rule-B claims (5 institutions x 10 claims) that all name the
//     same person: exactly one trainee grant and one institution grant for that person.
// And 20 concurrent approvals of one rule-B claim: granted once; the losers, which wait for the
// persons' lock and then find nothing left to grant, are told their form is stale.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createPrismaClient, type DatabaseHandle } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { approveClaim } from "@/lib/review/approve-claim";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

const N = 50;

describe.skipIf(!process.env.TEST_DATABASE_URL)("ledger under concurrency on postgres", () => {
  let db: TestDatabase;
  let clients: DatabaseHandle[] = [];
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    clients = Array.from({ length: 10 }, () => createPrismaClient(db.url));
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await db?.close();
  });

  const client = (i: number) => clients[i % clients.length]!.prisma;

  it("50 concurrent approvals of one enterprise-year's claim: granted once, never past the cap", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const organisationId = enterprise.organisation.id;
    await db.prisma.$transaction(async (tx) => {
      await tx.ledgerEntry.create({ data: { rule: "A_OFFSHORE", claimYear: 2024, payeeKind: "ORGANISATION", organisationId, amountFen: 450_000_00, grantKey: `A:legacy-${organisationId}`, createdById: r.id } });
      await tx.enterpriseYearGrant.create({ data: { organisationId, claimYear: 2024, grantedFen: 450_000_00, capFen: 500_000_00 } });
    });
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) => approveClaim(client(i), r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version })),
    );
    const ok = results.filter((x) => x.status === "fulfilled");
    const refused = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(new Set(refused.map((x) => (x.reason as { code?: string }).code))).toEqual(new Set(["staleForm"]));
    const sum = await db.prisma.ledgerEntry.aggregate({ where: { organisationId, claimYear: 2024, rule: "A_OFFSHORE" }, _sum: { amountFen: true } });
    expect(sum._sum.amountFen).toBe(500_000_00);
    expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(1);
    const total = await db.prisma.enterpriseYearGrant.findUniqueOrThrow({ where: { organisationId_claimYear: { organisationId, claimYear: 2024 } } });
    expect(total.grantedFen).toBe(500_000_00);
  });

  it("50 concurrent additions to one enterprise-year's running total: the database lets exactly the cap through", async () => {
    const r = await reviewer(db.prisma);
    const { enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00", 2023);
    const organisationId = enterprise.organisation.id;
    await db.prisma.enterpriseYearGrant.create({ data: { organisationId, claimYear: 2023, grantedFen: 0, capFen: 500_000_00 } });
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) =>
        client(i).$transaction(
          async (tx) => {
            await tx.ledgerEntry.create({ data: { rule: "A_OFFSHORE", claimYear: 2023, payeeKind: "ORGANISATION", organisationId, amountFen: 20_000_00, grantKey: `A:pressure-${i}-${organisationId}`, createdById: r.id } });
            await tx.$executeRaw`UPDATE "EnterpriseYearGrant" SET "grantedFen" = "grantedFen" + ${20_000_00} WHERE "organisationId" = ${organisationId}::uuid AND "claimYear" = 2023`;
          },
          { timeout: 30_000, maxWait: 30_000 },
        ),
      ),
    );
    const ok = results.filter((x) => x.status === "fulfilled").length;
    expect(ok).toBe(25);
    for (const x of results) if (x.status === "rejected") expect(String(x.reason)).toMatch(/EnterpriseYearGrant_grantedFen_within_cap/);
    const sum = await db.prisma.ledgerEntry.aggregate({ where: { organisationId, claimYear: 2023 }, _sum: { amountFen: true } });
    expect(sum._sum.amountFen).toBe(500_000_00);
    const total = await db.prisma.enterpriseYearGrant.findUniqueOrThrow({ where: { organisationId_claimYear: { organisationId, claimYear: 2023 } } });
    expect(total.grantedFen).toBe(500_000_00);
  });

  it("20 concurrent approvals of one training claim: granted once, the others refused as stale (not as 'nothing to grant')", async () => {
    const r = await reviewer(db.prisma);
    const inst = await institution(db.prisma);
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId("20090909"), uniqueResidentId("20101010")]);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => approveClaim(client(i), r, { kind: "TRAINING", claimId: claim.id, version: claim.version })),
    );
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const codes = results.filter((x): x is PromiseRejectedResult => x.status === "rejected").map((x) => (x.reason as { code?: string }).code);
    expect(new Set(codes)).toEqual(new Set(["staleForm"]));
    expect(await db.prisma.ledgerEntry.count({ where: { trainingClaimId: claim.id } })).toBe(4);
    expect(await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "IN_NOTICE", grantedFen: 3_000_00, version: claim.version + 1 });
  });

  it("50 concurrent approvals of claims naming the same person: one trainee grant, one institution grant", async () => {
    const r = await reviewer(db.prisma);
    const idNumber = uniqueResidentId("20000808");
    const claims = [];
    for (let i = 0; i < 5; i++) {
      const inst = await institution(db.prisma);
      const first = await submittedTrainingClaim(db.prisma, inst, [idNumber], { names: ["张小伟"] });
      claims.push(first);
      const line = first.lines[0]!;
      for (let k = 1; k < 10; k++) {
        claims.push(
          await db.prisma.trainingClaim.create({
            data: {
              claimNo: `B-CONC-${i}-${k}-${crypto.randomUUID().slice(0, 8)}`,
              cityId: inst.organisation.cityId,
              institutionId: inst.organisation.id,
              claimYear: 2023,
              status: "SUBMITTED",
              submittedAt: new Date(),
              submissionCount: 1,
              createdById: inst.user.id,
              lines: {
                create: [{
                  traineeId: line.traineeId,
                  personId: line.personId,
                  trainingRecordId: line.trainingRecordId,
                  contractId: line.contractId,
                  policyVersionId: line.policyVersionId,
                  eligible: line.eligible,
                  traineeFen: line.traineeFen,
                  institutionFen: line.institutionFen,
                  evaluation: line.evaluation ?? {},
                }],
              },
            },
            include: { lines: true },
          }),
        );
      }
    }
    expect(claims).toHaveLength(N);
    const personId = claims[0]!.lines[0]!.personId;
    expect(new Set(claims.map((c) => c.lines[0]!.personId))).toEqual(new Set([personId]));

    const results = await Promise.allSettled(
      claims.map((c, i) => approveClaim(client(i), r, { kind: "TRAINING", claimId: c.id, version: c.version })),
    );
    const ok = results.filter((x) => x.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const x of results) if (x.status === "rejected") expect((x.reason as { code?: string }).code).toBe("nothingToGrant");
    const grants = await db.prisma.ledgerEntry.findMany({ where: { personId }, select: { rule: true, amountFen: true } });
    expect(grants.map((g) => g.rule).sort()).toEqual(["B_INSTITUTION", "B_TRAINEE"]);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
  });
});
