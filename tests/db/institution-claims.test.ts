import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@/tooling/db/test-database";
import { makeCreditCode } from "@/lib/eligibility";
import { recordEmploymentContractFromInput } from "@/lib/employment/record-employment-contract";
import { DomainError } from "@/lib/errors/domain-error";
import { recordTrainingFromInput } from "@/lib/trainees/record-training";
import { addTrainingClaimLineFromInput } from "@/lib/training-claims/add-training-claim-line";
import { createTrainingClaimFromInput } from "@/lib/training-claims/create-training-claim";
import { removeTrainingClaimLineFromInput } from "@/lib/training-claims/remove-training-claim-line";
import { submitTrainingClaimFromInput } from "@/lib/training-claims/submit-training-claim";
import { withdrawTrainingClaimFromInput } from "@/lib/training-claims/withdraw-training-claim";
import { listClaimCandidates } from "@/lib/training-claims/list-claim-candidates";
import { previewTraineeEligibility } from "@/lib/training-claims/preview-trainee-eligibility";
import enErrors from "@/messages/en/errors.json";
import zhErrors from "@/messages/zh-CN/errors.json";
import enTrainingClaim from "@/messages/en/trainingClaim.json";
import zhTrainingClaim from "@/messages/zh-CN/trainingClaim.json";
import { createTrainee, uniqueResidentId } from "@/prisma/seed/factories";
import { type InstitutionWorld, useInstitutionWorld, qualifyingTrainee } from "./institution-helpers";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("training claims on %s", (kind) => {
  let db: TestDatabase;
  let world: InstitutionWorld;
  useInstitutionWorld(kind, (opened, created) => {
    db = opened;
    world = created;
  });

  const claimFor = (actor = world.institution.actor) => createTrainingClaimFromInput(db.prisma, actor, { claimYear: 2024 });

  it("adds qualifying trainees with rule-B amounts by employer location and submits once", async () => {
    const actor = world.institution.actor;
    const nanchang = await qualifyingTrainee(db.prisma, actor, world.nanchangEnterprise.organisation.id);
    const elsewhere = await qualifyingTrainee(db.prisma, actor, world.shenzhenEnterprise.organisation.id);
    let claim = await claimFor();
    expect(claim.claimNo).toMatch(/^B2024-[0-9A-Z]{6}$/);
    const line1 = await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: nanchang.trainee.id });
    expect(line1).toMatchObject({ traineeFen: 200_000, institutionFen: 150_000, eligible: true });
    claim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    await expect(addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version - 1, traineeId: elsewhere.trainee.id })).rejects.toMatchObject({ code: "staleForm" });
    const line2 = await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: elsewhere.trainee.id });
    expect(line2).toMatchObject({ traineeFen: 100_000, institutionFen: 50_000 });
    claim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(claim).toMatchObject({ traineeTotalFen: 300_000, institutionTotalFen: 200_000 });

    const submissionKey = crypto.randomUUID();
    const submitted = await submitTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, declaration: true, submissionKey });
    const again = await submitTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, declaration: true, submissionKey });
    expect(submitted.status).toBe("SUBMITTED");
    expect(again.id).toBe(submitted.id);
    expect(await db.prisma.claimSubmission.count({ where: { trainingClaimId: claim.id } })).toBe(1);
    expect(await db.prisma.auditEntry.count({ where: { targetId: claim.id, action: "training-claim.submit" } })).toBe(1);
    await expect(
      removeTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: submitted.version, lineId: line1.id }),
    ).rejects.toMatchObject({ code: "claimNotEditable" });
  });

  it("refuses a trainee who fails a condition, with the reasons", async () => {
    const actor = world.institution.actor;
    const trainee = await createTrainee(db.prisma, actor);
    // Contract signed before the training started: saved, but CONTRACT_AFTER_TRAINING fails.
    await recordTrainingFromInput(db.prisma, actor, { traineeId: trainee.id, courseName: "Go", startDate: "2024-03-01", endDate: "2024-05-01", examPassed: false });
    await recordEmploymentContractFromInput(db.prisma, actor, {
      traineeId: trainee.id, employerKind: "OUTSIDE", outsideEmployerName: "Far", outsideEmployerCity: "上海",
      outsideEmployerCreditCode: makeCreditCode("91310000MA1FL0009"), signedOn: "2024-02-01", startDate: "2024-02-01", endDate: "2025-01-01",
    });
    const claim = await claimFor();
    const error = await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: trainee.id }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe("traineeNotEligible");
    expect(String(error.params.reasons).split("|").sort()).toEqual([
      "reasons.CONTRACT_AFTER_TRAINING.failed",
      "reasons.CONTRACT_TERM.failed",
      "reasons.EXAM_CERTIFICATE.failedBoth",
      "reasons.TRAINING_DURATION.failed",
    ]);
    expect(await db.prisma.trainingClaimLine.count({ where: { claimId: claim.id } })).toBe(0);
    const candidates = await listClaimCandidates(db.prisma, world.institution.actor, claim.id);
    expect(candidates.candidates.find((c) => c.traineeId === trainee.id)?.result?.eligible).toBe(false);
  });

  it("refuses the same person in another institution's open claim without saying which claim or institution", async () => {
    const idNumber = uniqueResidentId("20000909", "360104");
    const first = await qualifyingTrainee(db.prisma, world.institution.actor, world.nanchangEnterprise.organisation.id, idNumber);
    const second = await qualifyingTrainee(db.prisma, world.other.actor, world.nanchangEnterprise.organisation.id, idNumber);
    const claimA = await claimFor();
    await addTrainingClaimLineFromInput(db.prisma, world.institution.actor, { claimId: claimA.id, version: claimA.version, traineeId: first.trainee.id });
    const claimB = await claimFor(world.other.actor);
    // The other institution's draft does not block yet: drafts are private.
    await addTrainingClaimLineFromInput(db.prisma, world.other.actor, { claimId: claimB.id, version: claimB.version, traineeId: second.trainee.id });
    const a = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claimA.id } });
    await submitTrainingClaimFromInput(db.prisma, world.institution.actor, { claimId: a.id, version: a.version, declaration: true, submissionKey: crypto.randomUUID() });
    const b = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claimB.id } });
    const error = await submitTrainingClaimFromInput(db.prisma, world.other.actor, { claimId: b.id, version: b.version, declaration: true, submissionKey: crypto.randomUUID() }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe("duplicatePersonInClaim");
    // Said: already claimed. Not said: where (an institution learning a competitor's claim number).
    const leaks = (value: unknown) => [claimA.claimNo, claimA.id, world.institution.organisation.nameZh].filter((s) => JSON.stringify(value ?? null).includes(s));
    expect(leaks({ params: error.params, message: error.message, field: error.field })).toEqual([]);
    const claimC = await claimFor(world.other.actor);
    const addError = await addTrainingClaimLineFromInput(db.prisma, world.other.actor, { claimId: claimC.id, version: claimC.version, traineeId: second.trainee.id }).catch((e) => e);
    expect(addError).toMatchObject({ code: "duplicatePersonInClaim" });
    expect(leaks({ params: addError.params, message: addError.message })).toEqual([]);
    // The candidate list and the trainee's eligibility preview say "duplicate", not which claim.
    const candidates = await listClaimCandidates(db.prisma, world.other.actor, claimC.id);
    const candidate = candidates.candidates.find((c) => c.traineeId === second.trainee.id)!;
    expect(candidate).toMatchObject({ refusal: "duplicatePersonInClaim", duplicate: true, addable: false });
    expect(leaks(candidates)).toEqual([]);
    const preview = await previewTraineeEligibility(db.prisma, world.other.actor, second.trainee.id);
    expect(preview.duplicate).toBe(true);
    expect(leaks(preview)).toEqual([]);
    // Nor can the texts shown for it name a claim: they take no parameter.
    for (const text of [zhErrors.duplicatePersonInClaim, enErrors.duplicatePersonInClaim, zhTrainingClaim.duplicate, enTrainingClaim.duplicate]) {
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it("refuses a person already subsidised (ledger) as a duplicate", async () => {
    const { trainee } = await qualifyingTrainee(db.prisma, world.institution.actor, world.shenzhenEnterprise.organisation.id);
    await db.prisma.ledgerEntry.create({
      data: { rule: "B_TRAINEE", claimYear: 2023, payeeKind: "TRAINEE", personId: trainee.personId, amountFen: 100_000, grantKey: `B_TRAINEE:${trainee.personId}`, createdById: world.institution.user.id },
    });
    const claim = await claimFor();
    await expect(
      addTrainingClaimLineFromInput(db.prisma, world.institution.actor, { claimId: claim.id, version: claim.version, traineeId: trainee.id }),
    ).rejects.toMatchObject({ code: "personAlreadySubsidised" });
  });

  it("withdraws a submitted claim nobody has started, which frees its people", async () => {
    const actor = world.institution.actor;
    const { trainee } = await qualifyingTrainee(db.prisma, actor, world.nanchangEnterprise.organisation.id);
    const claim = await claimFor();
    await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: trainee.id });
    const draft = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    const submitted = await submitTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version: draft.version, declaration: true, submissionKey: crypto.randomUUID() });
    await expect(withdrawTrainingClaimFromInput(db.prisma, world.other.actor, { claimId: claim.id, version: submitted.version })).rejects.toMatchObject({ code: "notFound" });
    const withdrawn = await withdrawTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version: submitted.version });
    expect(withdrawn.status).toBe("WITHDRAWN");
    const next = await claimFor();
    await expect(addTrainingClaimLineFromInput(db.prisma, actor, { claimId: next.id, version: next.version, traineeId: trainee.id })).resolves.toBeTruthy();
  });

  it("resubmits after changes were requested, as a second submission", async () => {
    const actor = world.institution.actor;
    const { trainee } = await qualifyingTrainee(db.prisma, actor, world.nanchangEnterprise.organisation.id);
    const claim = await claimFor();
    await addTrainingClaimLineFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, traineeId: trainee.id });
    const draft = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    await submitTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version: draft.version, declaration: true, submissionKey: crypto.randomUUID() });
    // What the reviewer's request for changes leaves behind (the review engineer's operation).
    const sent = await db.prisma.trainingClaim.update({ where: { id: claim.id }, data: { status: "CHANGES_REQUESTED", version: { increment: 1 } } });
    const resubmitted = await submitTrainingClaimFromInput(db.prisma, actor, { claimId: claim.id, version: sent.version, declaration: true, submissionKey: crypto.randomUUID() });
    expect(resubmitted).toMatchObject({ status: "SUBMITTED", submissionCount: 2 });
    expect(await db.prisma.claimSubmission.count({ where: { trainingClaimId: claim.id } })).toBe(2);
    expect(await db.prisma.auditEntry.count({ where: { targetId: claim.id, action: "training-claim.resubmit" } })).toBe(1);
  });
});
