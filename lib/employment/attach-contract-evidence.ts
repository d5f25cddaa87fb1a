import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { storeEvidenceFile } from "@/lib/evidence/store-evidence-file";
import type { FileStore } from "@/lib/evidence/file-store";
import type { OrganisationActor } from "@/lib/auth/actors";

/** Stores a contract scan for a contract of the actor's institution (size and type checked by the evidence module). */
export async function attachContractEvidence(
  prisma: PrismaClient,
  actor: OrganisationActor,
  contractId: string,
  bytes: Uint8Array,
  store?: FileStore,
) {
  if (!/^[0-9a-f-]{36}$/i.test(contractId)) throw new NotFoundError();
  const contract = await prisma.employmentContract.findFirst({
    where: { id: contractId, trainee: { institutionId: actor.organisationId } },
    select: { id: true },
  });
  if (!contract) throw new NotFoundError();
  return storeEvidenceFile(prisma, actor, { kind: "EMPLOYMENT_CONTRACT", bytes, employmentContractId: contract.id }, "file", store);
}
