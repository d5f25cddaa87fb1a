import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@/tooling/db/test-database";
import { makeCreditCode } from "@/lib/eligibility";
import { decideEmploymentConfirmationFromInput } from "@/lib/employment/decide-employment-confirmation";
import { deleteEmploymentContractFromInput } from "@/lib/employment/delete-employment-contract";
import { recordEmploymentContractFromInput } from "@/lib/employment/record-employment-contract";
import { updateEmploymentContractFromInput } from "@/lib/employment/update-employment-contract";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { FileStore } from "@/lib/evidence/file-store";
import { deleteTrainingRecordFromInput } from "@/lib/trainees/delete-training-record";
import { updateTrainingRecordFromInput } from "@/lib/trainees/update-training-record";
import { addTrainingClaimLineFromInput } from "@/lib/training-claims/add-training-claim-line";
import { createTrainingClaimFromInput } from "@/lib/training-claims/create-training-claim";
import { submitTrainingClaimFromInput } from "@/lib/training-claims/submit-training-claim";
import { withdrawTrainingClaimFromInput } from "@/lib/training-claims/withdraw-training-claim";
import { uniqueResidentId } from "@/prisma/seed/factories";
import { type InstitutionWorld, useInstitutionWorld, qualifyingTrainee } from "./institution-helpers";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

/** A resident ID unlikely to repeat within the run (the factory's default draws from 1,000 numbers). */
function freshId(): string {
  const birth = new Date(Date.UTC(1990, 0, 1) + randomInt(5000) * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
  return uniqueResidentId(birth);
}

const TRAINING = { courseName: "Java", startDate: "2024-03-01", endDate: "2024-07-15", examPassed: true, certificateNo: "NC-1", certificateIssuedOn: "2024-07-20" };
const CONTRACT = { signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31" };

async function refusalOf(work: Promise<unknown>) {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe.each(DATABASE_KINDS)("editing and deleting training records and contracts on %s", (kind) => {
  let db: TestDatabase;
  let world: InstitutionWorld;
  useInstitutionWorld(kind, (opened, created) => {
    db = opened;
    world = created;
  });

  const recordOf = (traineeId: string) =>
    db.prisma.trainingRecord.findFirstOrThrow({ where: { traineeId }, include: { certificate: true } });

  it("edits a training record and its certificate, audited with before and after; bad input saves nothing", async () => {
    const actor = world.institution.actor;
    const { trainee } = await qualifyingTrainee(db.prisma, actor, world.shenzhenEnterprise.organisation.id, freshId());
    const record = await recordOf(trainee.id);
    await updateTrainingRecordFromInput(db.prisma, actor, { ...TRAINING, traineeId: trainee.id, trainingRecordId: record.id, courseName: "Java 进阶", certificateNo: "NC-2" });
    let row = await recordOf(trainee.id);
    expect(row.courseName).toBe("Java 进阶");
    expect(row.certificate?.certificateNo).toBe("NC-2");
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "training.update", targetId: record.id } });
    expect(audit.details).toMatchObject({ before: { courseName: "Java", certificateNo: "NC-1" }, after: { courseName: "Java 进阶", certificateNo: "NC-2" } });

    // Exam failed: the certificate goes with it.
    await updateTrainingRecordFromInput(db.prisma, actor, { ...TRAINING, traineeId: trainee.id, trainingRecordId: record.id, examPassed: false, certificateNo: "", certificateIssuedOn: "" });
    row = await recordOf(trainee.id);
    expect(row.examPassed).toBe(false);
    expect(row.certificate).toBeNull();

    // End before start and a certificate without a passed exam: field errors, nothing saved.
    const bad = updateTrainingRecordFromInput(db.prisma, actor, { ...TRAINING, traineeId: trainee.id, trainingRecordId: record.id, endDate: "2024-02-01", examPassed: false });
    const error = await bad.then(() => null, (e: unknown) => e as { issues?: Array<{ path: string[]; message: string }> });
    expect(error?.issues?.map((i) => `${i.path.join(".")}:${i.message}`).sort()).toEqual(["endDate:endBeforeStart", "examPassed:certificateWithoutExam"]);
    expect((await recordOf(trainee.id)).endDate.toISOString().slice(0, 10)).toBe("2024-07-15");
    expect(await db.prisma.auditEntry.count({ where: { action: "training.update", targetId: record.id } })).toBe(2);
  });

  it("a confirmed contract goes back to PENDING once edited; a disputed one too; an outside employer needs none", async () => {
    const actor = world.institution.actor;
    const { trainee, contract } = await qualifyingTrainee(db.prisma, actor, world.nanchangEnterprise.organisation.id, freshId());
    await decideEmploymentConfirmationFromInput(db.prisma, world.nanchangEnterprise.actor, { contractId: contract.id, decision: "CONFIRM" });
    expect((await db.prisma.employmentContract.findUniqueOrThrow({ where: { id: contract.id } })).confirmation).toBe("CONFIRMED");
    const edit = { ...CONTRACT, traineeId: trainee.id, contractId: contract.id, employerKind: "REGISTERED" as const, employerOrganisationId: world.nanchangEnterprise.organisation.id };
    await updateEmploymentContractFromInput(db.prisma, actor, { ...edit, endDate: "2026-12-31" });
    let row = await db.prisma.employmentContract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(row).toMatchObject({ confirmation: "PENDING", confirmedAt: null, confirmedById: null, disputeReason: null, employerInNanchang: true });
    expect(row.endDate.toISOString().slice(0, 10)).toBe("2026-12-31");
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "employment-contract.update", targetId: contract.id } });
    expect(audit.details).toMatchObject({ before: { confirmation: "CONFIRMED", endDate: "2026-07-31" }, after: { confirmation: "PENDING", endDate: "2026-12-31" } });

    await decideEmploymentConfirmationFromInput(db.prisma, world.nanchangEnterprise.actor, { contractId: contract.id, decision: "DISPUTE", reason: "不是我司员工" });
    await updateEmploymentContractFromInput(db.prisma, actor, edit);
    row = await db.prisma.employmentContract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(row).toMatchObject({ confirmation: "PENDING", disputeReason: null });

    // Switched to an outside employer: located by its code, no confirmation needed; a Nanchang code is refused at the field.
    const outside = makeCreditCode("91310115MA1K00001");
    await updateEmploymentContractFromInput(db.prisma, actor, { ...edit, employerKind: "OUTSIDE", employerOrganisationId: "", outsideEmployerName: "上海公司", outsideEmployerCity: "上海", outsideEmployerCreditCode: outside });
    row = await db.prisma.employmentContract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(row).toMatchObject({ employerOrganisationId: null, outsideEmployerCreditCode: outside, employerInNanchang: false, confirmation: "NOT_REQUIRED" });
    const nanchang = updateEmploymentContractFromInput(db.prisma, actor, { ...edit, employerKind: "OUTSIDE", outsideEmployerName: "南昌公司", outsideEmployerCity: "南昌", outsideEmployerCreditCode: makeCreditCode("91360111MA35YY001") });
    await expect(nanchang).rejects.toThrow();
    expect((await db.prisma.employmentContract.findUniqueOrThrow({ where: { id: contract.id } })).outsideEmployerCreditCode).toBe(outside);
  });

  it("another institution's record or contract is not found, and stays as it was", async () => {
    const { trainee, contract } = await qualifyingTrainee(db.prisma, world.institution.actor, world.shenzhenEnterprise.organisation.id, freshId());
    const record = await recordOf(trainee.id);
    const other = world.other.actor;
    await expect(updateTrainingRecordFromInput(db.prisma, other, { ...TRAINING, traineeId: trainee.id, trainingRecordId: record.id, courseName: "X" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteTrainingRecordFromInput(db.prisma, other, { trainingRecordId: record.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateEmploymentContractFromInput(db.prisma, other, { ...CONTRACT, traineeId: trainee.id, contractId: contract.id, employerKind: "REGISTERED", employerOrganisationId: world.nanchangEnterprise.organisation.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteEmploymentContractFromInput(db.prisma, other, { contractId: contract.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await recordOf(trainee.id)).courseName).toBe("Java");
    expect(await db.prisma.employmentContract.count({ where: { id: contract.id } })).toBe(1);
  });

  it("nothing changes while a submitted claim holds the trainee; after withdrawal edits work but the claimed record is kept", async () => {
    const actor = world.institution.actor;
    const { trainee, contract } = await qualifyingTrainee(db.prisma, actor, world.shenzhenEnterprise.organisation.id, freshId());
    const record = await recordOf(trainee.id);
    let claim = await createTrainingClaimFromInput(db.prisma, actor, { claimYear: 2024 });
    await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: trainee.id });
    claim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    claim = await submitTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, declaration: true, submissionKey: crypto.randomUUID() });

    const attempts = [
      () => updateTrainingRecordFromInput(db.prisma, actor, { ...TRAINING, traineeId: trainee.id, trainingRecordId: record.id, courseName: "改" }),
      () => deleteTrainingRecordFromInput(db.prisma, actor, { trainingRecordId: record.id }),
      () => updateEmploymentContractFromInput(db.prisma, actor, { ...CONTRACT, traineeId: trainee.id, contractId: contract.id, employerKind: "REGISTERED", employerOrganisationId: world.nanchangEnterprise.organisation.id }),
      () => deleteEmploymentContractFromInput(db.prisma, actor, { contractId: contract.id }),
    ];
    for (const attempt of attempts) {
      const error = await refusalOf(attempt());
      expect(error.code).toBe("factsInClaim");
      expect(error.params).toEqual({ claimNo: claim.claimNo });
    }
    expect((await recordOf(trainee.id)).courseName).toBe("Java");
    expect((await db.prisma.employmentContract.findUniqueOrThrow({ where: { id: contract.id } })).employerOrganisationId).toBe(world.shenzhenEnterprise.organisation.id);

    await withdrawTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version });
    await updateTrainingRecordFromInput(db.prisma, actor, { ...TRAINING, traineeId: trainee.id, trainingRecordId: record.id, courseName: "Java（更正）" });
    expect((await recordOf(trainee.id)).courseName).toBe("Java（更正）");
    const kept = await refusalOf(deleteTrainingRecordFromInput(db.prisma, actor, { trainingRecordId: record.id }));
    expect(kept.code).toBe("usedInClaim");
    expect(await db.prisma.trainingRecord.count({ where: { id: record.id } })).toBe(1);
  });

  it("a draft claim's line is evaluated again: new amounts when still eligible, the edit refused when it would fail", async () => {
    const actor = world.institution.actor;
    const { trainee, contract } = await qualifyingTrainee(db.prisma, actor, world.nanchangEnterprise.organisation.id, freshId());
    const record = await recordOf(trainee.id);
    let claim = await createTrainingClaimFromInput(db.prisma, actor, { claimYear: 2024 });
    await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: trainee.id });
    claim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(claim).toMatchObject({ traineeTotalFen: 200_000, institutionTotalFen: 150_000 });

    // The employer was in fact the Shenzhen enterprise: still eligible, at the rate for elsewhere.
    await updateEmploymentContractFromInput(db.prisma, actor, { ...CONTRACT, traineeId: trainee.id, contractId: contract.id, employerKind: "REGISTERED", employerOrganisationId: world.shenzhenEnterprise.organisation.id });
    const after = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: true } });
    expect(after).toMatchObject({ traineeTotalFen: 100_000, institutionTotalFen: 50_000, version: claim.version + 1 });
    expect(after.lines[0]).toMatchObject({ traineeFen: 100_000, institutionFen: 50_000, contractId: contract.id });
    expect(await db.prisma.auditEntry.count({ where: { action: "employment-contract.update", targetId: contract.id } })).toBe(1);

    // Training of two months: the trainee would fail in the draft, so the edit is refused and nothing changes.
    const breaking = await refusalOf(updateTrainingRecordFromInput(db.prisma, actor, { ...TRAINING, traineeId: trainee.id, trainingRecordId: record.id, endDate: "2024-05-01" }));
    expect(breaking.code).toBe("editBreaksDraftClaim");
    expect(breaking.params).toEqual({ claimNo: claim.claimNo });
    expect((await recordOf(trainee.id)).endDate.toISOString().slice(0, 10)).toBe("2024-07-15");
    expect(await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ traineeTotalFen: 100_000, version: claim.version + 1 });
    expect(await db.prisma.auditEntry.count({ where: { action: "training.update", targetId: record.id } })).toBe(0);

    // The record and contract the line uses cannot be deleted; a second, unused contract can, with its scans.
    expect((await refusalOf(deleteTrainingRecordFromInput(db.prisma, actor, { trainingRecordId: record.id }))).code).toBe("usedInClaim");
    expect((await refusalOf(deleteEmploymentContractFromInput(db.prisma, actor, { contractId: contract.id }))).code).toBe("usedInClaim");
    const spare = await recordEmploymentContractFromInput(db.prisma, actor, { ...CONTRACT, traineeId: trainee.id, employerKind: "REGISTERED", employerOrganisationId: world.shenzhenEnterprise.organisation.id, signedOn: "2024-07-26" });
    await db.prisma.evidenceFile.create({
      data: { organisationId: actor.organisationId, kind: "EMPLOYMENT_CONTRACT", storageKey: `test-${spare.id}`, mimeType: "application/pdf", sizeBytes: 10, sha256: "x", employmentContractId: spare.id, uploadedById: actor.id },
    });
    const deletedKeys: string[] = [];
    const store = { delete: async (key: string) => void deletedKeys.push(key) } as unknown as FileStore;
    await deleteEmploymentContractFromInput(db.prisma, actor, { contractId: spare.id }, store);
    expect(await db.prisma.employmentContract.count({ where: { id: spare.id } })).toBe(0);
    expect(await db.prisma.evidenceFile.count({ where: { storageKey: `test-${spare.id}` } })).toBe(0);
    expect(deletedKeys).toEqual([`test-${spare.id}`]);
    expect(await db.prisma.auditEntry.count({ where: { action: "employment-contract.delete", targetId: spare.id } })).toBe(1);
  });

  it("deletes an unclaimed training record with its certificate, audited", async () => {
    const actor = world.institution.actor;
    const { trainee } = await qualifyingTrainee(db.prisma, actor, world.shenzhenEnterprise.organisation.id, freshId());
    const record = await recordOf(trainee.id);
    await deleteTrainingRecordFromInput(db.prisma, actor, { trainingRecordId: record.id });
    expect(await db.prisma.trainingRecord.count({ where: { id: record.id } })).toBe(0);
    expect(await db.prisma.certificate.count({ where: { trainingRecordId: record.id } })).toBe(0);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "training.delete", targetId: record.id } });
    expect(audit.details).toMatchObject({ traineeId: trainee.id, certificateNo: "NC-1" });
  });
});
