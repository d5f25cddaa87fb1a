import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { isoDateFromDbDate } from "@/lib/eligibility";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getFileStore, type FileStore } from "@/lib/evidence/file-store";
import { employmentContractDeleteSchema, type EmploymentContractDeleteInput } from "@/lib/schemas/training-record-edit";
import type { OrganisationActor } from "@/lib/auth/actors";
import { assertNotUsedByClaimLine, assertTraineeFactsEditable, reevaluateDraftLines } from "@/lib/training-claims/claim-dependencies";

/**
 * Deletes a labour contract and its scans. Refused while a claim past the draft stage holds the
 * trainee, and while any claim line points at this contract. The evidence rows go in the
 * transaction; their bytes after the commit (a failure leaves an unreferenced file, never a row
 * pointing at nothing).
 */
export async function deleteEmploymentContract(
  prisma: PrismaClient,
  actor: OrganisationActor,
  input: z.output<typeof employmentContractDeleteSchema>,
  store?: FileStore,
) {
  const { contractId } = input;
  const { storageKeys, traineeId } = await prisma.$transaction(async (tx) => {
    const contract = await tx.employmentContract.findFirst({
      where: { id: contractId, trainee: { institutionId: actor.organisationId } },
      include: { trainee: { select: { id: true, personId: true } }, evidence: { select: { id: true, storageKey: true } } },
    });
    if (!contract) throw new NotFoundError();
    await assertTraineeFactsEditable(tx, contract.trainee);
    await assertNotUsedByClaimLine(tx, { contractId: contract.id });
    await tx.evidenceFile.deleteMany({ where: { employmentContractId: contract.id } });
    await tx.employmentContract.delete({ where: { id: contract.id } });
    await reevaluateDraftLines(tx, actor, contract.trainee.id);
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "employment-contract.delete",
      targetType: "EmploymentContract",
      targetId: contract.id,
      result: "success",
      details: {
        traineeId: contract.trainee.id,
        employerOrganisationId: contract.employerOrganisationId,
        outsideEmployerCreditCode: contract.outsideEmployerCreditCode,
        signedOn: isoDateFromDbDate(contract.signedOn),
        confirmation: contract.confirmation,
        evidenceDeleted: contract.evidence.map((e) => e.id),
      },
    });
    return { storageKeys: contract.evidence.map((e) => e.storageKey), traineeId: contract.trainee.id };
  });
  const files = store ?? getFileStore();
  for (const key of storageKeys) {
    await files.delete(key).catch((error: unknown) => console.error("Could not delete a contract scan's bytes", error instanceof Error ? error.name : typeof error));
  }
  return { traineeId };
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs deleteEmploymentContract. */
export async function deleteEmploymentContractFromInput(prisma: PrismaClient, actor: OrganisationActor, input: EmploymentContractDeleteInput, store?: FileStore) {
  return deleteEmploymentContract(prisma, actor, employmentContractDeleteSchema.parse(input), store);
}
