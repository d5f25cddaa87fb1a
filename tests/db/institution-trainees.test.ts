import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import type { TestDatabase } from "@/tooling/db/test-database";
import { makeCreditCode } from "@/lib/eligibility";
import { attachContractEvidence } from "@/lib/employment/attach-contract-evidence";
import { decideEmploymentConfirmationFromInput } from "@/lib/employment/decide-employment-confirmation";
import { listEmploymentConfirmations } from "@/lib/employment/list-employment-confirmations";
import { recordEmploymentContractFromInput } from "@/lib/employment/record-employment-contract";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { FileStore } from "@/lib/evidence/file-store";
import { getTraineeForInstitution } from "@/lib/trainees/get-trainee";
import { listTraineesForInstitution } from "@/lib/trainees/list-trainees";
import { updateTraineeFromInput } from "@/lib/trainees/update-trainee";
import { viewTraineeIdentity } from "@/lib/trainees/view-trainee-identity";
import { createTrainee, uniqueResidentId } from "@/prisma/seed/factories";
import { type InstitutionWorld, useInstitutionWorld, qualifyingTrainee } from "./institution-helpers";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const memoryStore = (): FileStore => {
  const files = new Map<string, Uint8Array>();
  return {
    put: async (key: string, bytes: Uint8Array) => void files.set(key, bytes),
    get: async (key: string) => files.get(key)!,
    delete: async (key: string) => void files.delete(key),
  } as unknown as FileStore;
};
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe.each(DATABASE_KINDS)("institution trainees and contracts on %s", (kind) => {
  let db: TestDatabase;
  let world: InstitutionWorld;
  useInstitutionWorld(kind, (opened, created) => {
    db = opened;
    world = created;
  });

  it("links the same ID number at two institutions to one person, revealing nothing across", async () => {
    const idNumber = uniqueResidentId("20000808", "360104");
    const a = await createTrainee(db.prisma, world.institution.actor, { idNumber, name: "张伟", phone: "13911111111" });
    const b = await createTrainee(db.prisma, world.other.actor, { idNumber, name: "张伟", college: "华东交通大学" });
    expect(a.personId).toBe(b.personId);
    expect(await db.prisma.person.count({ where: { id: a.personId } })).toBe(1);
    await expect(getTraineeForInstitution(db.prisma, world.other.organisation.id, a.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createTrainee(db.prisma, world.institution.actor, { idNumber })).rejects.toMatchObject({ code: "traineeAlreadyRegistered" });
    const listed = await listTraineesForInstitution(db.prisma, world.other.organisation.id);
    expect(JSON.stringify(listed)).not.toContain(idNumber);
    expect(JSON.stringify(listed)).not.toContain("13911111111");
  });

  it("edits a trainee's details (not the ID number) for its own institution only", async () => {
    const trainee = await createTrainee(db.prisma, world.institution.actor);
    const edit = { traineeId: trainee.id, name: "李明明", college: "江西师范大学", collegeLevel: "POSTGRADUATE" as const, studentStatus: "STUDENT" as const, phone: "13700000000", bankAccount: "6222000011112222" };
    await expect(updateTraineeFromInput(db.prisma, world.other.actor, edit)).rejects.toBeInstanceOf(NotFoundError);
    await updateTraineeFromInput(db.prisma, world.institution.actor, { ...edit, idNumber: "ignored" } as never);
    const saved = await db.prisma.trainee.findUniqueOrThrow({ where: { id: trainee.id } });
    expect(saved).toMatchObject({ name: "李明明", college: "江西师范大学", collegeLevel: "POSTGRADUATE", bankAccountLast4: "2222", personId: trainee.personId });
    expect(await db.prisma.auditEntry.count({ where: { action: "trainee.update", targetId: trainee.id } })).toBe(1);
  });

  it("shows the full ID number on the identity screen only, auditing each view", async () => {
    const idNumber = uniqueResidentId("20020202", "360102");
    const trainee = await createTrainee(db.prisma, world.institution.actor, { idNumber });
    const detail = await getTraineeForInstitution(db.prisma, world.institution.organisation.id, trainee.id);
    expect(JSON.stringify(detail)).not.toContain(idNumber);
    expect(detail.person.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(14)}`);
    const view = await viewTraineeIdentity(db.prisma, world.institution.actor, trainee.id);
    await viewTraineeIdentity(db.prisma, world.institution.actor, trainee.id);
    expect(view.idNumber).toBe(idNumber);
    expect(await db.prisma.auditEntry.count({ where: { action: "trainee.view-identity", targetId: trainee.id } })).toBe(2);
    await expect(viewTraineeIdentity(db.prisma, world.other.actor, trainee.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
  });

  it("derives where the employer is, and refuses a Nanchang code typed as an outside employer", async () => {
    const { contract } = await qualifyingTrainee(db.prisma, world.institution.actor, world.nanchangEnterprise.organisation.id);
    expect(contract).toMatchObject({ employerInNanchang: true, confirmation: "PENDING" });
    const trainee = await createTrainee(db.prisma, world.institution.actor);
    const outside = await recordEmploymentContractFromInput(db.prisma, world.institution.actor, {
      traineeId: trainee.id, employerKind: "OUTSIDE", outsideEmployerName: "Far Away Ltd", outsideEmployerCity: "上海",
      outsideEmployerCreditCode: makeCreditCode("91310000MA1FL0001"), signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31",
    });
    expect(outside).toMatchObject({ employerInNanchang: false, confirmation: "NOT_REQUIRED", employerOrganisationId: null });
    await expect(
      recordEmploymentContractFromInput(db.prisma, world.institution.actor, {
        traineeId: trainee.id, employerKind: "OUTSIDE", outsideEmployerName: "x", outsideEmployerCity: "南昌",
        outsideEmployerCreditCode: makeCreditCode("91360111MA1FL0002"), signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31",
      }),
    ).rejects.toThrow();
    await expect(
      recordEmploymentContractFromInput(db.prisma, world.institution.actor, {
        traineeId: trainee.id, employerKind: "OUTSIDE", outsideEmployerName: "x", outsideEmployerCity: "深圳",
        outsideEmployerCreditCode: world.shenzhenEnterprise.organisation.creditCode, signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31",
      }),
    ).rejects.toMatchObject({ code: "employerIsRegistered" });
    // Another institution cannot attach a contract to this trainee.
    await expect(
      recordEmploymentContractFromInput(db.prisma, world.other.actor, {
        traineeId: trainee.id, employerKind: "REGISTERED", employerOrganisationId: world.nanchangEnterprise.organisation.id,
        signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stores contract evidence only for the institution's own contracts", async () => {
    const { contract } = await qualifyingTrainee(db.prisma, world.institution.actor, world.nanchangEnterprise.organisation.id);
    const store = memoryStore();
    const evidence = await attachContractEvidence(db.prisma, world.institution.actor, contract.id, PDF, store);
    expect(evidence).toMatchObject({ kind: "EMPLOYMENT_CONTRACT", employmentContractId: contract.id, mimeType: "application/pdf" });
    await expect(attachContractEvidence(db.prisma, world.other.actor, contract.id, PDF, store)).rejects.toBeInstanceOf(NotFoundError);
    await expect(attachContractEvidence(db.prisma, world.institution.actor, contract.id, new TextEncoder().encode("hello"), store)).rejects.toMatchObject({ code: "fileType" });
  });

  it("lets only the named employer confirm or dispute, audited", async () => {
    const { contract } = await qualifyingTrainee(db.prisma, world.institution.actor, world.nanchangEnterprise.organisation.id);
    const listed = await listEmploymentConfirmations(db.prisma, world.nanchangEnterprise.organisation.id);
    expect(listed.map((c) => c.id)).toContain(contract.id);
    expect(await listEmploymentConfirmations(db.prisma, world.shenzhenEnterprise.organisation.id)).toEqual([]);
    await expect(
      decideEmploymentConfirmationFromInput(db.prisma, world.shenzhenEnterprise.actor, { contractId: contract.id, decision: "CONFIRM" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      decideEmploymentConfirmationFromInput(db.prisma, world.nanchangEnterprise.actor, { contractId: contract.id, decision: "DISPUTE" }),
    ).rejects.toThrow();
    await decideEmploymentConfirmationFromInput(db.prisma, world.nanchangEnterprise.actor, { contractId: contract.id, decision: "DISPUTE", reason: "不是我们的员工" });
    expect(await db.prisma.employmentContract.findUniqueOrThrow({ where: { id: contract.id } })).toMatchObject({ confirmation: "DISPUTED", disputeReason: "不是我们的员工" });
    await decideEmploymentConfirmationFromInput(db.prisma, world.nanchangEnterprise.actor, { contractId: contract.id, decision: "CONFIRM" });
    const confirmed = await db.prisma.employmentContract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(confirmed).toMatchObject({ confirmation: "CONFIRMED", disputeReason: null, confirmedById: world.nanchangEnterprise.user.id });
    await expect(
      decideEmploymentConfirmationFromInput(db.prisma, world.nanchangEnterprise.actor, { contractId: contract.id, decision: "DISPUTE", reason: "late" }),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await db.prisma.auditEntry.count({ where: { targetId: contract.id, action: { startsWith: "employment-contract." } } })).toBe(3);
  });
});
