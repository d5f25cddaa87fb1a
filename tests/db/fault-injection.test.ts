// Fault injection: a database error in the middle of an approval, a submission or an import
// leaves nothing half-written, and the same operation succeeds once the fault is gone.
//
// The fault is real: a trigger that raises on the Nth row written to one table (INSERT or
// UPDATE), so the operation gets past its earlier writes and fails at a chosen step inside its
// transaction. Before/after, every table of the schema is fingerprinted (row count and an md5 of
// all rows), so "nothing changed" covers rows the explicit assertions do not name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { importOffshoreLines } from "@/lib/offshore-claims/import/import-offshore-lines";
import { saveOffshoreClaimDraftFromInput } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { submitOffshoreClaimFromInput } from "@/lib/offshore-claims/submit-offshore-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { makeCreditCode, makeResidentId } from "@/lib/eligibility";
import { approveClaim } from "@/lib/review/approve-claim";
import { secondApproveClaim } from "@/lib/review/second-approve-claim";
import { addTrainingClaimLineFromInput } from "@/lib/training-claims/add-training-claim-line";
import { createTrainingClaimFromInput } from "@/lib/training-claims/create-training-claim";
import { submitTrainingClaimFromInput } from "@/lib/training-claims/submit-training-claim";
import { cohortTemplateHeader } from "@/lib/trainees/import/cohort-columns";
import { importCohort } from "@/lib/trainees/import/import-cohort";
import { attachRequiredOffshoreEvidence, createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { institutionWorld, qualifyingTrainee } from "./institution-helpers";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const NOW = new Date("2026-11-25T02:00:00Z");
const INJECTED = /injected fault/;

interface Fault {
  table: string;
  op: "INSERT" | "UPDATE";
  /** The fault fires on this row (1 = the first row the operation writes to the table). */
  nth: number;
}

const label = (f: Fault) => `${f.op} #${f.nth} on ${f.table}`;

describe.each(DATABASE_KINDS)("fault injection on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION portal_fault() RETURNS trigger AS $$
      BEGIN
        -- nextval is not rolled back with the failing transaction: row N of any attempt raises.
        IF nextval('portal_fault_seq') >= TG_ARGV[0]::int THEN
          RAISE EXCEPTION 'injected fault: % on % (row %)', TG_OP, TG_TABLE_NAME, TG_ARGV[0];
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
  });
  afterAll(async () => db?.close());

  // One set of organisations for the institution tests (the factories' random e-mail suffixes
  // make every extra organisation a small chance of a collision).
  let world: Awaited<ReturnType<typeof institutionWorld>> | undefined;
  const sharedWorld = async () => (world ??= await institutionWorld(db.prisma));

  async function injectFault(fault: Fault) {
    await db.prisma.$executeRawUnsafe(`CREATE SEQUENCE portal_fault_seq`);
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER portal_fault BEFORE ${fault.op} ON "${fault.table}" FOR EACH ROW EXECUTE FUNCTION portal_fault('${fault.nth}')`,
    );
  }
  async function removeFault(fault: Fault) {
    await db.prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS portal_fault ON "${fault.table}"`);
    await db.prisma.$executeRawUnsafe(`DROP SEQUENCE IF EXISTS portal_fault_seq`);
  }

  /** Count and md5 of every row of every table in the public schema. */
  async function fingerprint(): Promise<Record<string, string>> {
    const tables = await db.prisma.$queryRawUnsafe<Array<{ table_name: string }>>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const out: Record<string, string> = {};
    for (const { table_name } of tables) {
      const [row] = await db.prisma.$queryRawUnsafe<Array<{ n: bigint | number; h: string | null }>>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table_name}" t`,
      );
      out[table_name] = `${String(row.n)}:${row.h}`;
    }
    return out;
  }

  /** Runs `operation` once per fault: each must fail with the injected error and change nothing. */
  async function expectEveryFaultLeavesNothing(faults: Fault[], operation: () => Promise<unknown>, assertUnchanged: () => Promise<void>) {
    expect(Object.keys(await fingerprint()).length).toBeGreaterThan(20);
    for (const fault of faults) {
      const before = await fingerprint();
      await injectFault(fault);
      try {
        const error = await operation().then(
          () => new Error(`no error with the fault ${label(fault)}: the fault point is not reached`),
          (e: unknown) => e,
        );
        expect(String((error as Error)?.message), label(fault)).toMatch(INJECTED);
      } finally {
        await removeFault(fault);
      }
      expect(await fingerprint(), label(fault)).toEqual(before);
      await assertUnchanged();
    }
  }

  it("a reviewer's approval of a rule-A claim under the year cap: fails at every step with nothing written, then succeeds", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const organisationId = enterprise.organisation.id;
    // 450,000 RMB already granted this year: the claim's 60,000 is capped to the 50,000 left.
    await db.prisma.$transaction(async (tx) => {
      await tx.ledgerEntry.create({ data: { rule: "A_OFFSHORE", claimYear: 2024, payeeKind: "ORGANISATION", organisationId, amountFen: 450_000_00, grantKey: `A:legacy-${organisationId}`, createdById: r.id } });
      await tx.enterpriseYearGrant.create({ data: { organisationId, claimYear: 2024, grantedFen: 450_000_00, capFen: 500_000_00 } });
    });
    const approve = () => approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW);
    const faults: Fault[] = [
      { table: "EnterpriseYearGrant", op: "INSERT", nth: 1 }, // the year row is ensured and locked (upsert)
      { table: "EnterpriseYearGrant", op: "UPDATE", nth: 1 }, // the upsert's lock on the existing row (ON CONFLICT DO UPDATE)
      { table: "OffshoreClaim", op: "UPDATE", nth: 1 }, // status, grantedFen and version in one UPDATE, before the grant
      { table: "LedgerEntry", op: "INSERT", nth: 1 }, // after the status change
      { table: "EnterpriseYearGrant", op: "UPDATE", nth: 2 }, // the running total towards the cap
      { table: "NoticeItem", op: "INSERT", nth: 1 },
      { table: "Notification", op: "INSERT", nth: 2 },
      { table: "ReviewDecision", op: "INSERT", nth: 1 },
      { table: "AuditEntry", op: "INSERT", nth: 1 }, // the last write of the transaction
    ];
    await expectEveryFaultLeavesNothing(faults, approve, async () => {
      expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("SUBMITTED");
      expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
      expect(await db.prisma.reviewDecision.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
      expect(await db.prisma.auditEntry.count({ where: { targetId: claim.id, action: "review.approve" } })).toBe(0);
      const year = await db.prisma.enterpriseYearGrant.findUniqueOrThrow({ where: { organisationId_claimYear: { organisationId, claimYear: 2024 } } });
      expect(year.grantedFen).toBe(450_000_00);
    });

    const outcome = await approve();
    expect(outcome).toMatchObject({ status: "IN_NOTICE", amountFen: 50_000_00 });
    expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(1);
    const year = await db.prisma.enterpriseYearGrant.findUniqueOrThrow({ where: { organisationId_claimYear: { organisationId, claimYear: 2024 } } });
    expect(year.grantedFen).toBe(500_000_00);
    expect(await db.prisma.auditEntry.count({ where: { targetId: claim.id, action: "review.approve" } })).toBe(1);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
  });

  it("a four-eyes second approval: fails at the grant with nothing written, then succeeds", async () => {
    const first = await reviewer(db.prisma);
    const second = await reviewer(db.prisma);
    const { claim } = await submittedOffshoreClaim(db.prisma, "3000000.00");
    await approveClaim(db.prisma, first, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW);
    const waiting = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(waiting.status).toBe("AWAITING_SECOND_APPROVAL");
    const approve = () => secondApproveClaim(db.prisma, second, { kind: "OFFSHORE", claimId: claim.id, version: waiting.version }, NOW);
    await expectEveryFaultLeavesNothing(
      [
        { table: "OffshoreClaim", op: "UPDATE", nth: 1 },
        { table: "LedgerEntry", op: "INSERT", nth: 1 },
        { table: "EnterpriseYearGrant", op: "UPDATE", nth: 1 }, // the lock (upsert)
        { table: "EnterpriseYearGrant", op: "UPDATE", nth: 2 }, // the running total
        { table: "AuditEntry", op: "INSERT", nth: 1 },
      ],
      approve,
      async () => {
        expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("AWAITING_SECOND_APPROVAL");
        expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
        expect(await db.prisma.reviewDecision.count({ where: { offshoreClaimId: claim.id, decision: "SECOND_APPROVE" } })).toBe(0);
      },
    );
    expect((await approve()).amountFen).toBe(500_000_00);
    expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(1);
  });

  it("a reviewer's approval of a two-person rule-B claim: fails half way through the lines with nothing written, then succeeds", async () => {
    const r = await reviewer(db.prisma);
    const inst = await institution(db.prisma);
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId("20010101"), uniqueResidentId("20020202")], { names: ["李明", "张小伟"] });
    const personIds = claim.lines.map((l) => l.personId);
    const approve = () => approveClaim(db.prisma, r, { kind: "TRAINING", claimId: claim.id, version: claim.version }, NOW);
    await expectEveryFaultLeavesNothing(
      [
        { table: "TrainingClaim", op: "UPDATE", nth: 1 }, // status, grantedFen and version in one UPDATE
        { table: "TrainingClaimLine", op: "UPDATE", nth: 2 }, // the second line's decision (one UPDATE for the granted lines)
        { table: "LedgerEntry", op: "INSERT", nth: 3 }, // the second person's trainee grant (one INSERT for all four grants)
        { table: "NoticeItem", op: "INSERT", nth: 4 },
        { table: "ReviewDecision", op: "INSERT", nth: 1 },
        { table: "AuditEntry", op: "INSERT", nth: 1 },
      ],
      approve,
      async () => {
        expect((await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("SUBMITTED");
        expect(await db.prisma.ledgerEntry.count({ where: { personId: { in: personIds } } })).toBe(0);
        expect(await db.prisma.trainingClaimLine.count({ where: { claimId: claim.id, decision: { not: "PENDING" } } })).toBe(0);
      },
    );
    const outcome = await approve();
    expect(outcome).toMatchObject({ status: "IN_NOTICE", amountFen: 2 * (1_000_00 + 500_00) });
    expect(await db.prisma.ledgerEntry.count({ where: { personId: { in: personIds } } })).toBe(4);
  });

  it("an enterprise's claim submission: fails at the state change, the snapshot or the audit entry with nothing written, then succeeds", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    const draft = await saveOffshoreClaimDraftFromInput(db.prisma, actor, {
      claimYear: 2024,
      onshoreUsd: "0",
      lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "300000.00" })],
    });
    await attachRequiredOffshoreEvidence(db.prisma, actor, draft.id);
    const submit = () => submitOffshoreClaimFromInput(db.prisma, actor, { claimId: draft.id, version: draft.version, declaration: true, submissionKey: crypto.randomUUID() });
    await expectEveryFaultLeavesNothing(
      [
        { table: "OffshoreClaim", op: "UPDATE", nth: 1 },
        { table: "ClaimSubmission", op: "INSERT", nth: 1 },
        { table: "AuditEntry", op: "INSERT", nth: 1 },
      ],
      submit,
      async () => {
        const claim = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: draft.id } });
        expect(claim).toMatchObject({ status: "DRAFT", version: draft.version, submissionCount: 0, submittedAt: null, entitlementFen: draft.entitlementFen });
        expect(await db.prisma.claimSubmission.count({ where: { offshoreClaimId: draft.id } })).toBe(0);
        expect(await db.prisma.auditEntry.count({ where: { targetId: draft.id, action: "offshore-claim.submit" } })).toBe(0);
      },
    );
    expect((await submit()).status).toBe("SUBMITTED");
    expect(await db.prisma.claimSubmission.count({ where: { offshoreClaimId: draft.id } })).toBe(1);
  });

  it("an institution's claim submission: fails after re-evaluating the lines with nothing written, then succeeds", async () => {
    const world = await sharedWorld();
    const actor = world.institution.actor;
    const a = await qualifyingTrainee(db.prisma, actor, world.nanchangEnterprise.organisation.id);
    const b = await qualifyingTrainee(db.prisma, actor, world.shenzhenEnterprise.organisation.id);
    let claim = await createTrainingClaimFromInput(db.prisma, actor, { claimYear: 2024 });
    await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: a.trainee.id });
    claim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: b.trainee.id });
    claim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    const version = claim.version;
    const submit = () => submitTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version, declaration: true, submissionKey: crypto.randomUUID() });
    await expectEveryFaultLeavesNothing(
      [
        { table: "TrainingClaimLine", op: "UPDATE", nth: 2 },
        { table: "TrainingClaim", op: "UPDATE", nth: 1 },
        { table: "ClaimSubmission", op: "INSERT", nth: 1 },
        { table: "AuditEntry", op: "INSERT", nth: 1 },
      ],
      submit,
      async () => {
        expect(await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "DRAFT", version, submissionCount: 0 });
        expect(await db.prisma.claimSubmission.count({ where: { trainingClaimId: claim.id } })).toBe(0);
        expect(await db.prisma.auditEntry.count({ where: { targetId: claim.id, action: "training-claim.submit" } })).toBe(0);
      },
    );
    expect((await submit()).status).toBe("SUBMITTED");
    expect(await db.prisma.claimSubmission.count({ where: { trainingClaimId: claim.id } })).toBe(1);
  });

  it("an institution's cohort import: fails at every insert step with nothing written, then imports", async () => {
    const world = await sharedWorld();
    const outside = makeCreditCode("91440300MA5FHA777");
    const ids = [makeResidentId("36010219960101101"), makeResidentId("36010219960102102"), makeResidentId("36010219960103103")];
    const values = (i: number): Record<string, string> => ({
      姓名: `学员${i}`, 身份证号: ids[i], 院校: "南昌大学", 院校层次: "本科", 学生状态: "毕业生", 手机号: "13900000000",
      开户银行: "", 银行账号: "", 课程名称: "Java 开发", 培训开始日期: "2024-03-01", 培训结束日期: "2024-07-15", 考试通过: "是",
      证书编号: `NC-F${i}`, 发证日期: "2024-07-20", 用人单位信用代码: outside, 用人单位名称: "深圳海岸科技", 用人单位所在城市: "深圳",
      合同签订日期: "2024-07-25", 合同开始日期: "2024-08-01", 合同结束日期: "2026-07-31",
    });
    const header = cohortTemplateHeader("zh");
    const file = new TextEncoder().encode([header, ...[0, 1, 2].map((i) => header.map((h) => values(i)[h]))].map((r) => r.join(",")).join("\r\n") + "\r\n");
    const run = () => importCohort(db.prisma, world.other.actor, file);
    const institutionId = world.other.organisation.id;
    await expectEveryFaultLeavesNothing(
      [
        { table: "Person", op: "INSERT", nth: 3 },
        { table: "Trainee", op: "INSERT", nth: 2 },
        { table: "TrainingRecord", op: "INSERT", nth: 3 },
        { table: "Certificate", op: "INSERT", nth: 1 },
        { table: "EmploymentContract", op: "INSERT", nth: 3 },
        { table: "ImportBatch", op: "INSERT", nth: 1 },
        { table: "AuditEntry", op: "INSERT", nth: 1 },
      ],
      run,
      async () => {
        expect(await db.prisma.trainee.count({ where: { institutionId } })).toBe(0);
        expect(await db.prisma.importBatch.count({ where: { organisationId: institutionId } })).toBe(0);
        expect(await db.prisma.auditEntry.count({ where: { actorId: world.other.user.id, action: "trainee.import-cohort" } })).toBe(0);
      },
    );
    const done = await run();
    expect(done).toMatchObject({ alreadyImported: false, batch: { importedCount: 3 } });
    expect(await db.prisma.trainee.count({ where: { institutionId } })).toBe(3);
  });

  it("an enterprise's CSV line import: fails while saving the lines or its ImportBatch with none of them written, then imports", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    const draft = await saveOffshoreClaimDraftFromInput(db.prisma, actor, { claimYear: 2018, onshoreUsd: "0", lines: [offshoreLine({ contractRegNo: "FAULT-EXISTING", fxReceiptDate: "2018-01-05" })] });
    const header = "合同登记号,境外客户,国家代码（ISO）,业务类别,合同金额（美元）,年度执行额（美元）,收汇日期（YYYY-MM-DD）";
    const csv = [header, "FAULT-1,Client A,US,软件,1000.00,500.00,2018-02-01", "FAULT-2,Client B,GB,finance,2000,1500.5,2018-03-01"].join("\r\n");
    const run = () => importOffshoreLines(db.prisma, actor, { claimId: draft.id, version: draft.version, bytes: new TextEncoder().encode(csv) });
    await expectEveryFaultLeavesNothing(
      [
        { table: "OffshoreContractLine", op: "INSERT", nth: 2 },
        { table: "OffshoreClaim", op: "UPDATE", nth: 1 },
        // The import's own record commits with the lines: failing it leaves no lines either.
        { table: "ImportBatch", op: "INSERT", nth: 1 },
      ],
      run,
      async () => {
        expect(await db.prisma.offshoreContractLine.count({ where: { claimId: draft.id } })).toBe(1);
        expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(draft.version);
      },
    );
    expect(await run()).toEqual({ imported: 2, errors: [] });
    expect(await db.prisma.offshoreContractLine.count({ where: { claimId: draft.id } })).toBe(3);
  });
});
