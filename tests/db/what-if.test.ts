import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_POLICY_VERSIONS, type EligibilityPolicy } from "@/lib/eligibility";
import { exportLabels } from "@/lib/exports/export-labels";
import { approveClaim } from "@/lib/review/approve-claim";
import { rejectClaim } from "@/lib/review/reject-claim";
import { exportWhatIfRunRows } from "@/lib/policy/what-if/export-what-if-run-rows";
import { getWhatIfRun } from "@/lib/policy/what-if/get-what-if-run";
import { listWhatIfRunRows } from "@/lib/policy/what-if/list-what-if-run-rows";
import { runWhatIf } from "@/lib/policy/what-if/run-what-if";
import { startWhatIfRun, whatIfRunSettled, WHAT_IF_RUNS_KEPT } from "@/lib/policy/what-if/start-what-if-run";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const NOW = new Date("2026-11-25T02:00:00Z");
const CURRENT = BUILT_IN_POLICY_VERSIONS[1]!;
// The draft raises rule A's rate from 0.20 to 0.25 RMB per USD; nothing else changes.
const DRAFT: EligibilityPolicy = { ...CURRENT, id: "draft-raise-rate", offshoreFenPerUsd: 25 };
const RMB = (yuan: number) => yuan * 100;

// Everything a decision writes: a what-if must leave each of these exactly as it was.
const WATCHED = ["OffshoreClaim", "OffshoreContractLine", "TrainingClaim", "TrainingClaimLine", "ClaimSubmission", "ReviewDecision", "LedgerEntry", "EnterpriseYearGrant", "NoticeItem", "AuditEntry"];

async function checksums(db: TestDatabase): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of WATCHED) {
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ n: bigint; sum: string | null }>>(`SELECT COUNT(*) AS "n", md5(string_agg(t::text, '|' ORDER BY t::text)) AS "sum" FROM "${table}" t`);
    out[table] = `${row!.n}:${row!.sum}`;
  }
  return out;
}

describe.each(DATABASE_KINDS)("policy what-if on %s", (kind) => {
  let db: TestDatabase;
  const claims: Record<string, { id: string; claimNo: string }> = {};
  let adminId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const r = await reviewer(db.prisma);
    adminId = r.id;
    // Open, claim year 2024.
    const o1 = await submittedOffshoreClaim(db.prisma, "300000.00"); // 60,000 → 75,000 RMB
    const o2 = await submittedOffshoreClaim(db.prisma, "3000000.00"); // 600,000 / 750,000 RMB, capped at 500,000 either way
    const o3 = await submittedOffshoreClaim(db.prisma, "2200000.00"); // 440,000 / 550,000 RMB, but 450,000 granted before: 50,000 → 50,000
    await db.prisma.$transaction(async (tx) => {
      const organisationId = o3.enterprise.organisation.id;
      await tx.ledgerEntry.create({ data: { rule: "A_OFFSHORE", claimYear: 2024, payeeKind: "ORGANISATION", organisationId, amountFen: RMB(450_000), grantKey: `A:legacy-${organisationId}`, createdById: r.id } });
      await tx.enterpriseYearGrant.create({ data: { organisationId, claimYear: 2024, grantedFen: RMB(450_000), capFen: RMB(500_000) } });
    });
    const inst = await institution(db.prisma);
    const t1 = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId(), uniqueResidentId()]); // open, 2023: 2 × (1,000 + 500)
    // Decided, claim year 2023.
    const a = await submittedOffshoreClaim(db.prisma, "300000.00", 2023);
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: a.claim.id, version: a.claim.version }, NOW); // granted 60,000 → 75,000
    const rej = await submittedOffshoreClaim(db.prisma, "250000.00", 2023);
    await rejectClaim(db.prisma, r, { kind: "OFFSHORE", claimId: rej.claim.id, version: rej.claim.version, reason: "资料不全" }, NOW); // 0 → 62,500
    const t2 = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId()]);
    await approveClaim(db.prisma, r, { kind: "TRAINING", claimId: t2.id, version: t2.version }, NOW); // granted 1,500; its own grant does not make the person "paid before"
    Object.assign(claims, { o1: o1.claim, o2: o2.claim, o3: o3.claim, t1, a: a.claim, rej: rej.claim, t2 });
    await db.prisma.yearBudget.create({ data: { cityId: "nanchang", year: 2024, budgetFen: BigInt(RMB(1_000_000)) } });
  });
  afterAll(async () => db?.close());

  it("open claims: totals as a hand calculation gives, nothing written", async () => {
    const before = await checksums(db);
    const progress: Array<[number, number]> = [];
    const { summary, rows } = await runWhatIf(db.prisma, { policy: DRAFT, cityId: "nanchang", claimYear: null, batchSize: 2, onProgress: (done, total) => void progress.push([done, total]) });
    // Open: O1, O2, O3 and T1. Now 60,000 + 500,000 + 50,000 + 3,000; draft 75,000 + 500,000 + 50,000 + 3,000.
    expect(summary).toMatchObject({ nowFen: RMB(613_000), draftFen: RMB(628_000), differenceFen: RMB(15_000) });
    // The difference is 300,000 USD × (0.25 − 0.20).
    expect(summary.claims).toEqual({ total: 4, BECOMES_ELIGIBLE: 0, GAIN: 1, UNCHANGED: 3, LOSE: 0, BECOMES_INELIGIBLE: 0 });
    expect(summary.enterprises).toMatchObject({ total: 3, GAIN: 1, UNCHANGED: 2 });
    expect(summary.trainees).toMatchObject({ total: 2, UNCHANGED: 2 });
    expect(summary.byKind.TRAINING).toMatchObject({ nowFen: RMB(3_000), draftFen: RMB(3_000) });
    expect(summary.byDistrict.reduce((s, d) => s + d.differenceFen, 0)).toBe(RMB(15_000));
    // 2024: 450,000 granted before + 625,000 draft (O1–O3) against 1,000,000: 75,000 over.
    expect(summary.budget.find((b) => b.claimYear === 2024)).toMatchObject({ budgetFen: RMB(1_000_000), grantedFen: RMB(450_000), nowFen: RMB(610_000), draftFen: RMB(625_000), projectedNowFen: RMB(1_060_000), projectedDraftFen: RMB(1_075_000), remainingFen: RMB(-75_000) });
    expect(rows).toEqual([expect.objectContaining({ claimId: claims.o1!.id, nowFen: RMB(60_000), draftFen: RMB(75_000), differenceFen: RMB(15_000), outcome: "GAIN", changedConditions: ["RATE"], status: "SUBMITTED" })]);
    expect(progress[0]).toEqual([0, 4]);
    expect(progress.at(-1)).toEqual([4, 4]);
    expect(progress.length).toBeGreaterThan(2);
    expect(await checksums(db)).toEqual(before);
  });

  it("a past claim year adds its decided claims: granted at what the ledger holds, rejected at 0", async () => {
    const before = await checksums(db);
    const { summary, rows } = await runWhatIf(db.prisma, { policy: DRAFT, cityId: "nanchang", claimYear: 2023 });
    // + A (granted 60,000 → 75,000), R (rejected 0 → 62,500), T2 (granted 1,500 → 1,500).
    expect(summary).toMatchObject({ nowFen: RMB(674_500), draftFen: RMB(767_000), differenceFen: RMB(92_500) });
    expect(summary.claims).toMatchObject({ total: 7, GAIN: 2, BECOMES_ELIGIBLE: 1, UNCHANGED: 4 });
    expect(new Map(rows.map((r) => [r.claimId, [r.nowFen, r.draftFen, r.outcome]]))).toEqual(
      new Map([
        [claims.o1!.id, [RMB(60_000), RMB(75_000), "GAIN"]],
        [claims.a!.id, [RMB(60_000), RMB(75_000), "GAIN"]],
        [claims.rej!.id, [0, RMB(62_500), "BECOMES_ELIGIBLE"]],
      ]),
    );
    // 2023's ledger: 60,000 (A) + 1,500 (T2), both in the run; the draft's 2023 total replaces them.
    expect(summary.budget.find((b) => b.claimYear === 2023)).toMatchObject({ budgetFen: null, grantedFen: RMB(61_500), grantedInRunFen: RMB(61_500), draftFen: RMB(142_000), projectedDraftFen: RMB(142_000) });
    expect(await checksums(db)).toEqual(before);
  });

  it("a stored run: progress, summary, changed rows paged and sorted, export with labels", async () => {
    const before = await checksums(db);
    const runId = await startWhatIfRun(db.prisma, { policy: DRAFT, cityId: "nanchang", policyVersionId: CURRENT.id, policyRevision: 3, claimYear: 2023, startedById: adminId }, { batchSize: 2 });
    await whatIfRunSettled(runId);
    const run = await getWhatIfRun(db.prisma, "nanchang", runId);
    expect(run).toMatchObject({ status: "DONE", interrupted: false, done: 7, total: 7, policyRevision: 3, claimYear: 2023, error: null });
    expect(run!.summary).toMatchObject({ differenceFen: RMB(92_500) });

    const byDifference = await listWhatIfRunRows(db.prisma, runId, { pageSize: 2 });
    expect(byDifference).toMatchObject({ total: 3, page: 1, pageCount: 2 });
    expect(byDifference.rows[0]).toMatchObject({ claimId: claims.rej!.id, differenceFen: RMB(62_500), changedConditions: ["RATE"], status: "REJECTED" });
    const last = await listWhatIfRunRows(db.prisma, runId, { pageSize: 2, page: 9 });
    expect(last).toMatchObject({ page: 2, pageCount: 2 });
    expect(last.rows).toHaveLength(1);
    const byNumber = await listWhatIfRunRows(db.prisma, runId, { sort: "claimNumber", direction: "asc" });
    expect(byNumber.rows.map((r) => r.claimNumber)).toEqual([claims.o1!.claimNo, claims.a!.claimNo, claims.rej!.claimNo].sort());
    const byNowAsc = await listWhatIfRunRows(db.prisma, runId, { sort: "nowFen", direction: "asc" });
    expect(byNowAsc.rows.map((r) => r.nowFen)).toEqual([0, RMB(60_000), RMB(60_000)]);

    const csv = await new Response(await exportWhatIfRunRows(db.prisma, runId, { format: "csv", labels: exportLabels("zh-CN"), userId: adminId, sort: "differenceFen", direction: "desc" })).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r\n/);
    expect(lines[0]).toBe("申报编号,类型,申报单位,区县,年度,状态,现行金额（元）,草案金额（元）,差额（元）,变化,变化的条件");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain("62500.00");
    expect(lines[1]).toContain("新符合条件");
    const en = await new Response(await exportWhatIfRunRows(db.prisma, runId, { format: "csv", labels: exportLabels("en"), userId: adminId })).text();
    expect(en).toContain("Offshore incentive rate (per USD)");
    expect(await checksums(db)).toEqual(before);
  });

  it("a run that fails is FAILED with its message; one whose instance stopped reporting is shown FAILED", async () => {
    const failing = await startWhatIfRun(db.prisma, { policy: DRAFT, cityId: "nanchang", policyVersionId: CURRENT.id, policyRevision: 1, claimYear: null, startedById: adminId }, {
      onProgress: () => {
        throw new Error("disk full");
      },
    });
    await whatIfRunSettled(failing);
    expect(await getWhatIfRun(db.prisma, "nanchang", failing)).toMatchObject({ status: "FAILED", error: "disk full" });
    const stuck = await db.prisma.whatIfRun.create({ data: { policyVersionId: CURRENT.id, policyRevision: 1, startedById: adminId, progressAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await getWhatIfRun(db.prisma, "nanchang", stuck.id)).toMatchObject({ status: "FAILED", interrupted: true });
    await expect(startWhatIfRun(db.prisma, { policy: { ...DRAFT, offshoreFenPerUsd: -1 }, cityId: "nanchang", policyVersionId: CURRENT.id, policyRevision: 1, claimYear: null, startedById: adminId })).rejects.toThrow(/offshoreFenPerUsd/);
  });

  it(`keeps only the newest ${WHAT_IF_RUNS_KEPT} runs of a version`, async () => {
    for (let i = 0; i < WHAT_IF_RUNS_KEPT + 2; i++) {
      await whatIfRunSettled(await startWhatIfRun(db.prisma, { policy: DRAFT, cityId: "nanchang", policyVersionId: CURRENT.id, policyRevision: i, claimYear: null, startedById: adminId }));
    }
    const runs = await db.prisma.whatIfRun.findMany({ where: { policyVersionId: CURRENT.id }, select: { policyRevision: true } });
    expect(runs).toHaveLength(WHAT_IF_RUNS_KEPT);
  });

  it.runIf(kind === "postgres")("an approval commits while a what-if is mid-run", async () => {
    const r = await reviewer(db.prisma);
    const extra = await submittedOffshoreClaim(db.prisma, "400000.00");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const reachedHold = new Promise<void>((resolve) => (holding = resolve));
    let finished = false;
    const run = runWhatIf(db.prisma, {
      policy: DRAFT,
      cityId: "nanchang",
      claimYear: null,
      batchSize: 1,
      onProgress: async (done) => {
        if (done === 1) {
          holding();
          await held;
        }
      },
    }).finally(() => (finished = true));
    await reachedHold;
    const approval = approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: extra.claim.id, version: extra.claim.version }, NOW);
    const outcome = await Promise.race([approval, new Promise<"blocked">((resolve) => setTimeout(() => resolve("blocked"), 15_000))]);
    expect(outcome).toMatchObject({ status: "IN_NOTICE", amountFen: RMB(80_000) });
    expect(finished).toBe(false);
    expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: extra.claim.id }, select: { status: true } })).toEqual({ status: "IN_NOTICE" });
    release();
    const { summary } = await run;
    expect(summary.claims.total).toBeGreaterThanOrEqual(4);
  });
});
