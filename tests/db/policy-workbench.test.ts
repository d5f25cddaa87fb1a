// The bureau's policy versions as data (issue 17): a draft started from a version, saved with
// field-level refusals and nothing half-saved, published by a second administrator only, closing
// the previous range the day before; drafts never decide a claim; two publishes never overlap.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Administrator } from "@/lib/auth/actors";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { evaluateOffshoreIncentive, todayInChina } from "@/lib/eligibility";
import { DomainError } from "@/lib/errors/domain-error";
import { discardPolicyDraft } from "@/lib/policy/discard-policy-draft";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { getPolicyVersion, listPolicyVersions } from "@/lib/policy/list-policy-versions";
import { loadPolicyVersions, policyForClaimYear, policyForDate } from "@/lib/policy/load-policy-versions";
import { publishPolicyVersion } from "@/lib/policy/publish-policy-version";
import { savePolicyDraftFromInput } from "@/lib/policy/save-policy-draft";
import { startPolicyDraft } from "@/lib/policy/start-policy-draft";
import { startPolicyWhatIf } from "@/lib/policy/start-policy-what-if";
import { getWhatIfRun } from "@/lib/policy/what-if/get-what-if-run";
import { whatIfRunSettled } from "@/lib/policy/what-if/start-what-if-run";
import { draftFormValuesOf, type PolicyDraftInput } from "@/lib/schemas/policy-draft";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createStaff } from "@/prisma/seed/factories";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const CURRENT = "nanchang-2015-implementation-opinions";
// The first 1 January a new version may take effect on (tomorrow at the soonest).
const tomorrowYear = Number(todayInChina(Date.now() + 24 * 3600_000).slice(0, 4));
const NEXT_YEAR = todayInChina().slice(5) === "01-01" ? tomorrowYear : tomorrowYear + 1;

async function refusal(work: Promise<unknown>): Promise<{ code: string; field?: string; params?: unknown } | { zod: Record<string, string> }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.field, params: error.params };
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    if (issues) return { zod: Object.fromEntries(issues.map((i) => [i.path.join("."), i.message])) };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe.each(DATABASE_KINDS)("policy workbench on %s", (kind) => {
  let db: TestDatabase;
  let drafter: Administrator;
  let publisher: Administrator;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
    const a = await createStaff(db.prisma, { email: `policy-drafter-${Date.now()}@bureau.test`, name: "政策起草", role: "ADMINISTRATOR" });
    const b = await createStaff(db.prisma, { email: `policy-publisher-${Date.now()}@bureau.test`, name: "政策发布", role: "ADMINISTRATOR" });
    drafter = { id: a.id, role: "ADMINISTRATOR", cityId: a.cityId! };
    publisher = { id: b.id, role: "ADMINISTRATOR", cityId: b.cityId! };
  });
  afterAll(async () => db?.close());

  const formOf = async (id: string): Promise<PolicyDraftInput> => draftFormValuesOf((await getPolicyVersion(db.prisma, "nanchang", id))!);

  it("starts a draft as a copy that decides nothing", async () => {
    const id = await startPolicyDraft(db.prisma, drafter, CURRENT);
    const [draft, current] = [await getPolicyVersion(db.prisma, "nanchang", id), await getPolicyVersion(db.prisma, "nanchang", CURRENT)];
    expect(draft).toMatchObject({ status: "DRAFT", revision: 1, basedOnId: CURRENT, draftedById: drafter.id, effectiveTo: null, offshoreFenPerUsd: current!.offshoreFenPerUsd });
    expect(draft!.effectiveFrom > todayInChina()).toBe(true);
    expect((await loadPolicyVersions(db.prisma, "nanchang")).map((v) => v.id)).not.toContain(id);
    expect((await listPolicyVersions(db.prisma, "nanchang")).drafts.map((v) => v.id)).toEqual([id]);
    await discardPolicyDraft(db.prisma, drafter, id);
    expect(await getPolicyVersion(db.prisma, "nanchang", id)).toBeNull();
    const actions = (await db.prisma.auditEntry.findMany({ where: { targetId: id }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["policy.start-draft", "policy.discard-draft"]);
  });

  it("refuses bad parameters next to their field and saves nothing", async () => {
    const id = await startPolicyDraft(db.prisma, drafter, CURRENT);
    const form = await formOf(id);
    expect(await refusal(savePolicyDraftFromInput(db.prisma, drafter, { ...form, offshoreRateYuanPerUsd: "-0.25" }))).toEqual({ zod: { offshoreRateYuanPerUsd: "policyNegative" } });
    expect(await refusal(savePolicyDraftFromInput(db.prisma, drafter, { ...form, offshoreRateYuanPerUsd: "0.123" }))).toEqual({ zod: { offshoreRateYuanPerUsd: "money" } });
    // 200,000 USD × 0.20 = 40,000 yuan: a cap under that cuts every eligible claim.
    expect(await refusal(savePolicyDraftFromInput(db.prisma, drafter, { ...form, offshoreAnnualCapYuan: "39999.99" }))).toEqual({
      zod: { offshoreAnnualCapYuan: "policyCapUnderThreshold?amount=40%2C000.00" },
    });
    expect(await refusal(savePolicyDraftFromInput(db.prisma, drafter, { ...form, trainingMinMonths: "0", noticePeriodWorkingDays: "2.5" }))).toEqual({
      zod: { trainingMinMonths: "policyPositive", noticePeriodWorkingDays: "policyWholeNumber" },
    });
    expect(await refusal(savePolicyDraftFromInput(db.prisma, drafter, { ...form, effectiveFrom: todayInChina() }))).toMatchObject({
      code: "policyEffectiveNotAfterToday",
      field: "effectiveFrom",
    });
    expect(await refusal(savePolicyDraftFromInput(db.prisma, drafter, { ...form, revision: 0 }))).toMatchObject({ code: "staleForm" });
    expect(await getPolicyVersion(db.prisma, "nanchang", id)).toMatchObject({ revision: 1, offshoreFenPerUsd: 20, offshoreAnnualCapFen: 500_000_00 });
    expect(await db.prisma.auditEntry.count({ where: { targetId: id, action: "policy.save-draft" } })).toBe(0);
    await discardPolicyDraft(db.prisma, drafter, id);
  });

  it("saves issue 18's verification parameters like the others: in per cent, refused next to their field, diffed in the audit", async () => {
    const id = await startPolicyDraft(db.prisma, drafter, CURRENT);
    const form = await formOf(id);
    // A copy of the current version: the starting values, shown in per cent and USD.
    expect(form).toMatchObject({ reconciliationTolerancePercent: "1.00", riskRoundAmountSharePercent: "80.00", riskRoundUnitUsd: "10000.00", riskSharedClientClaimants: 3 });
    expect(await refusal(savePolicyDraftFromInput(db.prisma, drafter, { ...form, reconciliationTolerancePercent: "101", riskSharedClientClaimants: "1" }))).toEqual({
      zod: { reconciliationTolerancePercent: "policyPercentAtMost100", riskSharedClientClaimants: "policyAtLeast?min=2" },
    });
    await savePolicyDraftFromInput(db.prisma, drafter, { ...form, reconciliationTolerancePercent: "2.5", riskSharedClientClaimants: "4" });
    expect(await getPolicyVersion(db.prisma, "nanchang", id)).toMatchObject({ revision: 2, reconciliationToleranceBasisPoints: 250, riskSharedClientClaimants: 4, riskRoundAmountShareBasisPoints: 8_000 });
    const saved = await db.prisma.auditEntry.findFirstOrThrow({ where: { targetId: id, action: "policy.save-draft" } });
    expect((saved.details as { changes: unknown }).changes).toEqual([
      { key: "reconciliationToleranceBasisPoints", before: 100, after: 250 },
      { key: "riskSharedClientClaimants", before: 3, after: 4 },
    ]);
    await discardPolicyDraft(db.prisma, drafter, id);
  });

  it("costs a draft only, on the revision it was saved at, over open claims and ended claim years", async () => {
    const id = await startPolicyDraft(db.prisma, drafter, CURRENT);
    expect(await refusal(startPolicyWhatIf(db.prisma, drafter, { versionId: CURRENT, claimYear: null }))).toMatchObject({ code: "policyNotDraft" });
    const thisYear = Number(todayInChina().slice(0, 4));
    expect(await refusal(startPolicyWhatIf(db.prisma, drafter, { versionId: id, claimYear: thisYear }))).toMatchObject({ code: "whatIfClaimYearNotPast", field: "claimYear" });
    expect(await refusal(startPolicyWhatIf(db.prisma, drafter, { versionId: crypto.randomUUID(), claimYear: null }))).toMatchObject({ code: "notFound" });
    const runId = await startPolicyWhatIf(db.prisma, drafter, { versionId: id, claimYear: thisYear - 1 });
    await whatIfRunSettled(runId);
    expect(await getWhatIfRun(db.prisma, "nanchang", runId)).toMatchObject({ status: "DONE", policyVersionId: id, policyRevision: 1, claimYear: thisYear - 1 });
    await discardPolicyDraft(db.prisma, drafter, id);
    // A discarded draft's runs go with it.
    expect(await getWhatIfRun(db.prisma, "nanchang", runId)).toBeNull();
  });

  it("publishes only by a second administrator, on the revision reviewed, closing the previous range", async () => {
    const id = await startPolicyDraft(db.prisma, drafter, CURRENT);
    const effectiveFrom = `${NEXT_YEAR}-01-01`;
    const saved = await savePolicyDraftFromInput(db.prisma, drafter, { ...(await formOf(id)), nameZh: "测试政策（提高费率）", effectiveFrom, offshoreRateYuanPerUsd: "0.25" });
    expect(saved.revision).toBe(2);

    expect(await refusal(publishPolicyVersion(db.prisma, drafter, { versionId: id, revision: 2 }))).toMatchObject({ code: "policyPublisherIsAuthor" });
    expect(await refusal(publishPolicyVersion(db.prisma, publisher, { versionId: id, revision: 1 }))).toMatchObject({ code: "policyDraftChanged" });
    expect((await getPolicyVersion(db.prisma, "nanchang", id))!.status).toBe("DRAFT");

    await publishPolicyVersion(db.prisma, publisher, { versionId: id, revision: 2 });
    expect(await getPolicyVersion(db.prisma, "nanchang", id)).toMatchObject({ status: "PUBLISHED", publishedById: publisher.id, effectiveFrom, effectiveTo: null });
    expect(await getPolicyVersion(db.prisma, "nanchang", CURRENT)).toMatchObject({ effectiveTo: `${NEXT_YEAR - 1}-12-31` });
    const [entry] = await db.prisma.auditEntry.findMany({ where: { targetId: id, action: "policy.publish" } });
    expect(entry!.details).toMatchObject({
      previousId: CURRENT,
      changes: [{ key: "offshoreFenPerUsd", before: 20, after: 25 }],
      closed: [{ id: CURRENT, effectiveToBefore: null, effectiveToAfter: `${NEXT_YEAR - 1}-12-31` }],
    });

    // A claim year from the first day on is evaluated under the new version, an older one is not:
    // 300,000 USD at 0.25 = 75,000 yuan, at 0.20 = 60,000 yuan.
    const under = async (claimYear: number) => evaluateOffshoreIncentive({ claimYear, offshoreUsdCents: 300_000_00, grantedFenThisYear: 0 }, await policyForClaimYear(db.prisma, "nanchang", claimYear));
    expect(await under(NEXT_YEAR)).toMatchObject({ policyVersionId: id, amountFen: 75_000_00 });
    expect(await under(NEXT_YEAR - 1)).toMatchObject({ policyVersionId: CURRENT, amountFen: 60_000_00 });
    // Rule B picks by the contract's signing date.
    expect((await policyForDate(db.prisma, "nanchang", effectiveFrom)).id).toBe(id);
    expect((await policyForDate(db.prisma, "nanchang", `${NEXT_YEAR - 1}-12-31`)).id).toBe(CURRENT);

    // Published is final: a correction is a new version.
    expect(await refusal(savePolicyDraftFromInput(db.prisma, drafter, { ...(await formOf(id)), effectiveFrom: `${NEXT_YEAR}-02-01` }))).toMatchObject({ code: "policyNotDraft" });
    expect(await refusal(discardPolicyDraft(db.prisma, drafter, id))).toMatchObject({ code: "policyNotDraft" });
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
  });

  it("refuses a draft whose first day no longer comes after the last published version", async () => {
    const published = (await listPolicyVersions(db.prisma, "nanchang")).published.at(-1)!;
    const id = await startPolicyDraft(db.prisma, drafter, published.id);
    const draft = (await getPolicyVersion(db.prisma, "nanchang", id))!;
    expect(draft.effectiveFrom > published.effectiveFrom).toBe(true);
    // Saving on or before the last published first day is refused next to the date, naming the earliest.
    expect(await refusal(savePolicyDraftFromInput(db.prisma, drafter, { ...(await formOf(id)), effectiveFrom: published.effectiveFrom }))).toMatchObject({
      code: "policyEffectiveBeforeLatest",
      field: "effectiveFrom",
      params: { latest: published.effectiveFrom },
    });
    await discardPolicyDraft(db.prisma, drafter, id);
  });

  it.runIf(kind === "postgres")("lets only one of two drafts for the same first day be published, even at once", async () => {
    const latest = (await listPolicyVersions(db.prisma, "nanchang")).published.at(-1)!;
    const first = `${NEXT_YEAR + 1}-01-01`;
    const ids = [await startPolicyDraft(db.prisma, drafter, latest.id), await startPolicyDraft(db.prisma, drafter, latest.id)];
    for (const id of ids) await savePolicyDraftFromInput(db.prisma, drafter, { ...(await formOf(id)), effectiveFrom: first });
    const outcomes = await Promise.allSettled(ids.map((versionId) => publishPolicyVersion(db.prisma, publisher, { versionId, revision: 2 })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "policyEffectiveDateNoLongerAllowed" });
    const versions = (await listPolicyVersions(db.prisma, "nanchang")).published;
    // The ranges still tile: each ends the day before the next begins, the last is open.
    for (let i = 1; i < versions.length; i++) expect(versions[i - 1]!.effectiveTo! < versions[i]!.effectiveFrom).toBe(true);
    expect(versions.at(-1)!.effectiveTo).toBeNull();
  });
});
