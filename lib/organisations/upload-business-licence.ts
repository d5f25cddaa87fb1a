import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganisationActor } from "@/lib/auth/actors";
import { storeEvidenceFile } from "@/lib/evidence/store-evidence-file";
import type { FileStore } from "@/lib/evidence/file-store";

/**
 * An applicant uploads its business licence for vetting, checked and stored like any evidence
 * (type from the bytes, size, server-generated name; audited). A refused organisation that
 * uploads a corrected licence goes back into the vetting queue.
 */
export async function uploadBusinessLicence(
  prisma: PrismaClient,
  actor: OrganisationActor,
  upload: { bytes: Uint8Array; fileName?: string },
  store?: FileStore,
) {
  const evidence = await storeEvidenceFile(prisma, actor, { kind: "BUSINESS_LICENCE", bytes: upload.bytes, fileName: upload.fileName }, "file", store);
  await prisma.organisation.updateMany({ where: { id: actor.organisationId, status: "REJECTED" }, data: { status: "PENDING_VETTING" } });
  return evidence;
}
