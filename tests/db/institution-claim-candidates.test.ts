import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { NotFoundError } from "@/lib/errors/domain-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { updateTrainingRecordFromInput } from "@/lib/trainees/update-training-record";
import { addTrainingClaimLineFromInput } from "@/lib/training-claims/add-training-claim-line";
import { addTrainingClaimLinesFromInput } from "@/lib/training-claims/add-training-claim-lines";
import { createTrainingClaimFromInput } from "@/lib/training-claims/create-training-claim";
import { listClaimCandidates } from "@/lib/training-claims/list-claim-candidates";
import { submitTrainingClaimFromInput } from "@/lib/training-claims/submit-training-claim";
import { institutionWorld } from "./institution-helpers";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const COHORT = 1200;
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A cohort written straight into the tables (registering 1,200 people one by one through the
 * domain would take minutes here): every third trainee failed the exam, the rest qualify with an
 * employer outside Nanchang (1,000 + 500). Names sort in cohort order: 学员0000, 学员0001, ...
 */
async function insertCohort(prisma: PrismaClient, institutionId: string, size: number, tag: string) {
  const rows = Array.from({ length: size }, (_, i) => {
    const tail = String(i).padStart(4, "0");
    return { i, personId: randomUUID(), traineeId: randomUUID(), recordId: randomUUID(), name: `${tag}${tail}`, masked: `3601**********${tail}`, passed: i % 3 !== 0 };
  });
  await prisma.person.createMany({ data: rows.map((r) => ({ id: r.personId, idNumberHash: `${tag}-${r.personId}`, idNumberEnc: "test", idNumberMasked: r.masked, birthDate: date("2001-03-15") })) });
  await prisma.trainee.createMany({
    data: rows.map((r) => ({ id: r.traineeId, institutionId, personId: r.personId, name: r.name, college: "南昌大学", collegeLevel: "UNDERGRADUATE" as const, studentStatus: "GRADUATE" as const, phone: "13900000000" })),
  });
  await prisma.trainingRecord.createMany({
    data: rows.map((r) => ({ id: r.recordId, traineeId: r.traineeId, courseName: "Java", startDate: date("2024-03-01"), endDate: date("2024-07-15"), examPassed: r.passed })),
  });
  await prisma.certificate.createMany({ data: rows.filter((r) => r.passed).map((r) => ({ trainingRecordId: r.recordId, certificateNo: `C-${r.i}`, issuedOn: date("2024-07-20") })) });
  await prisma.employmentContract.createMany({
    data: rows.map((r) => ({
      traineeId: r.traineeId, outsideEmployerName: "上海公司", outsideEmployerCreditCode: "91310115MA1K00001X", outsideEmployerCity: "上海",
      employerInNanchang: false, confirmation: "NOT_REQUIRED" as const, signedOn: date("2024-07-25"), startDate: date("2024-08-01"), endDate: date("2026-07-31"),
    })),
  });
  return rows;
}

/** The same client, counting the Prisma operations it runs (an include is one operation, as is a raw query). */
function counting(prisma: PrismaClient) {
  const counter = { operations: 0 };
  const client = prisma.$extends({ query: { $allOperations: ({ args, query }) => { counter.operations++; return query(args); } } });
  return { client: client as unknown as PrismaClient, counter };
}

describe.each(DATABASE_KINDS)("claim candidates for a cohort of thousands on %s", (kind) => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof institutionWorld>>;
  let cohort: Awaited<ReturnType<typeof insertCohort>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    world = await institutionWorld(db.prisma);
    cohort = await insertCohort(db.prisma, world.institution.organisation.id, COHORT, "学员");
  }, 120_000);
  afterAll(async () => db?.close());

  it("evaluates a page in bulk: the number of queries does not grow with the cohort, paging and filters on the server", async () => {
    const claim = await createTrainingClaimFromInput(db.prisma, world.institution.actor, { claimYear: 2024 });
    const { client, counter } = counting(db.prisma);
    const first = await listClaimCandidates(client, world.institution.actor, claim.id);
    expect(counter.operations).toBeLessThanOrEqual(6);
    expect(first).toMatchObject({ total: COHORT, page: 1, pageSize: 50, pageCount: COHORT / 50 });
    expect(first.candidates.map((c) => c.name)).toEqual(cohort.slice(0, 50).map((r) => r.name));
    expect(first.candidates[1]).toMatchObject({ addable: true, result: { eligible: true, traineeFen: 100_000, institutionFen: 50_000 } });
    expect(first.candidates[0]).toMatchObject({ addable: false, result: { eligible: false } });

    counter.operations = 0;
    const eligible = await listClaimCandidates(client, world.institution.actor, claim.id, { onlyEligible: true, page: 2 });
    expect(counter.operations).toBeLessThanOrEqual(6);
    expect(eligible.total).toBe(cohort.filter((r) => r.passed).length);
    expect(eligible.candidates).toHaveLength(50);
    expect(eligible.candidates.every((c) => c.addable)).toBe(true);
    expect(eligible.candidates[0].name).toBe(cohort.filter((r) => r.passed)[50].name);

    const last = await listClaimCandidates(db.prisma, world.institution.actor, claim.id, { page: 999 });
    expect(last.page).toBe(COHORT / 50);
    const byTail = await listClaimCandidates(db.prisma, world.institution.actor, claim.id, { search: "0457" });
    expect(byTail.candidates.map((c) => c.name)).toEqual(["学员0457"]);
    const byName = await listClaimCandidates(db.prisma, world.institution.actor, claim.id, { search: "学员011" });
    expect(byName.total).toBe(10);
    // Another institution sees none of this cohort.
    const otherClaim = await createTrainingClaimFromInput(db.prisma, world.other.actor, { claimYear: 2024 });
    expect((await listClaimCandidates(db.prisma, world.other.actor, otherClaim.id)).total).toBe(0);
  });

  it("adds hundreds of selected trainees in one transaction, each checked; one refusal adds nothing", async () => {
    const actor = world.institution.actor;
    let claim = await createTrainingClaimFromInput(db.prisma, actor, { claimYear: 2024 });
    const eligible = cohort.filter((r) => r.passed).slice(0, 300);
    const failing = cohort.find((r) => !r.passed)!;

    // One failing trainee among the selection: nothing is added, the refusal names that trainee.
    const refused = await addTrainingClaimLinesFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeIds: [...eligible.map((r) => r.traineeId), failing.traineeId] });
    expect(refused.added).toBe(0);
    expect(refused.refusals).toEqual([expect.objectContaining({ traineeId: failing.traineeId, name: failing.name, code: "traineeNotEligible" })]);
    expect(await db.prisma.trainingClaimLine.count({ where: { claimId: claim.id } })).toBe(0);

    const { client, counter } = counting(db.prisma);
    const done = await addTrainingClaimLinesFromInput(client, actor, { claimId: claim.id, version: claim.version, traineeIds: eligible.map((r) => r.traineeId) });
    expect(done).toEqual({ added: 300, refusals: [] });
    expect(counter.operations).toBeLessThanOrEqual(20);
    claim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(claim).toMatchObject({ traineeTotalFen: 300 * 100_000, institutionTotalFen: 300 * 50_000 });
    expect(await db.prisma.auditEntry.count({ where: { action: "training-claim.add-lines", targetId: claim.id } })).toBe(1);

    // Stale form, already in the claim, another institution's trainee.
    await expect(addTrainingClaimLinesFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version - 1, traineeIds: [eligible[0].traineeId] })).rejects.toMatchObject({ code: "staleForm" });
    const again = await addTrainingClaimLinesFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeIds: [eligible[0].traineeId] });
    expect(again.refusals.map((r) => r.code)).toEqual(["traineeAlreadyInClaim"]);
    const foreign = await insertCohort(db.prisma, world.other.organisation.id, 1, "外机构");
    await expect(addTrainingClaimLinesFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeIds: [foreign[0].traineeId] })).rejects.toBeInstanceOf(NotFoundError);

    // The candidates left: the 300 are gone from the list.
    expect((await listClaimCandidates(db.prisma, world.institution.actor, claim.id)).total).toBe(COHORT - 300);
  });

  it("refuses a person already in another institution's submitted claim, without naming that claim", async () => {
    // The second row of a cohort qualifies (the first failed its exam).
    const [, theirs] = await insertCohort(db.prisma, world.other.organisation.id, 2, "他人");
    let otherClaim = await createTrainingClaimFromInput(db.prisma, world.other.actor, { claimYear: 2024 });
    await addTrainingClaimLineFromInput(db.prisma, world.other.actor, { claimId: otherClaim.id, version: otherClaim.version, traineeId: theirs.traineeId });
    otherClaim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: otherClaim.id } });
    await submitTrainingClaimFromInput(db.prisma, world.other.actor, { claimId: otherClaim.id, version: otherClaim.version, declaration: true, submissionKey: randomUUID() });
    // The same person registered by our institution.
    const mine = randomUUID();
    await db.prisma.trainee.create({ data: { id: mine, institutionId: world.institution.organisation.id, personId: theirs.personId, name: "同一人", college: "南昌大学", collegeLevel: "UNDERGRADUATE", studentStatus: "GRADUATE", phone: "13900000000" } });
    const record = await db.prisma.trainingRecord.create({ data: { traineeId: mine, courseName: "Go", startDate: date("2024-03-01"), endDate: date("2024-07-15"), examPassed: true, certificate: { create: { certificateNo: "X", issuedOn: date("2024-07-20") } } } });
    await db.prisma.employmentContract.create({ data: { traineeId: mine, outsideEmployerName: "上海公司", outsideEmployerCreditCode: "91310115MA1K00001X", outsideEmployerCity: "上海", employerInNanchang: false, confirmation: "NOT_REQUIRED", signedOn: date("2024-07-25"), startDate: date("2024-08-01"), endDate: date("2026-07-31") } });

    const claim = await createTrainingClaimFromInput(db.prisma, world.institution.actor, { claimYear: 2024 });
    const page = await listClaimCandidates(db.prisma, world.institution.actor, claim.id, { search: "同一人" });
    expect(page.candidates[0]).toMatchObject({ addable: false, duplicate: true, refusal: "duplicatePersonInClaim", result: { eligible: true } });
    expect(JSON.stringify(page)).not.toContain(otherClaim.claimNo);
    const outcome = await addTrainingClaimLinesFromInput(db.prisma, world.institution.actor, { claimId: claim.id, version: claim.version, traineeIds: [mine] });
    expect(outcome).toEqual({ added: 0, refusals: [{ traineeId: mine, name: "同一人", code: "duplicatePersonInClaim", params: {} }] });
    expect(JSON.stringify(outcome)).not.toContain(world.other.organisation.nameZh);
    expect(JSON.stringify(outcome)).not.toContain(otherClaim.claimNo);

    // The eligibility preview follows an edit: after the exam is recorded as failed the trainee no longer qualifies.
    await updateTrainingRecordFromInput(db.prisma, world.institution.actor, { traineeId: mine, trainingRecordId: record.id, courseName: "Go", startDate: "2024-03-01", endDate: "2024-07-15", examPassed: false });
    const after = await listClaimCandidates(db.prisma, world.institution.actor, claim.id, { search: "同一人" });
    expect(after.candidates[0].result?.reasons.find((r) => r.code === "EXAM_CERTIFICATE")?.passed).toBe(false);
  });
});
