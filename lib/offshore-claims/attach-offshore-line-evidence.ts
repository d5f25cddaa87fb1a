import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import type { FileStore } from "@/lib/evidence/file-store";
import { storeEvidenceFile } from "@/lib/evidence/store-evidence-file";
import { EDITABLE_STATUSES } from "@/lib/claim-lifecycle";
import type { OrganisationActor } from "@/lib/auth/actors";

export interface OffshoreEvidenceUpload {
  lineId: string;
  kind: "OFFSHORE_CONTRACT" | "FX_RECEIPT";
  bytes: Uint8Array;
}

/**
 * Attaches a contract or FX receipt to a line of the actor's own editable claim. The line is
 * checked before a single byte is stored: another organisation's line, or one on a submitted
 * claim, is "not found".
 */
export async function attachOffshoreLineEvidence(
  prisma: PrismaClient,
  actor: OrganisationActor,
  upload: OffshoreEvidenceUpload,
  store?: FileStore,
) {
  if (!/^[0-9a-f-]{36}$/i.test(upload.lineId)) throw new NotFoundError();
  const line = await prisma.offshoreContractLine.findFirst({
    where: { id: upload.lineId, claim: { organisationId: actor.organisationId, status: { in: EDITABLE_STATUSES } } },
    select: { id: true },
  });
  if (!line) throw new NotFoundError();
  return storeEvidenceFile(prisma, actor, { kind: upload.kind, bytes: upload.bytes, offshoreLineId: line.id }, "file", store);
}
