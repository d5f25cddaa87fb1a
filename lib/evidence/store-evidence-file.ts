import { createHash, randomUUID } from "node:crypto";
import type { EvidenceKind, PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError } from "@/lib/errors/domain-error";
import { detectEvidenceType } from "./detect-evidence-type";
import { EVIDENCE_MAX_BYTES, isSafeEvidenceFileName } from "./evidence-rules";
import { getFileStore, type FileStore } from "./file-store";
import type { OrganisationActor } from "@/lib/auth/actors";

export interface EvidenceUpload {
  kind: EvidenceKind;
  bytes: Uint8Array;
  /** The name the browser sent (File.name), checked when given: a path in it is refused. */
  fileName?: string;
  offshoreLineId?: string;
  employmentContractId?: string;
}

/**
 * Checks an upload (size, type from its bytes), stores it under a server-generated name and
 * records it. The caller has already checked that the line or contract belongs to the actor's
 * organisation. The bytes are written first and the row second; if the row fails, the file is
 * removed again, so no record ever points at a missing file.
 */
export async function storeEvidenceFile(
  prisma: PrismaClient,
  actor: OrganisationActor,
  upload: EvidenceUpload,
  field = "file",
  store: FileStore = getFileStore(),
) {
  if (upload.fileName !== undefined && !isSafeEvidenceFileName(upload.fileName)) throw new DomainError("fileName", field);
  if (upload.bytes.byteLength === 0) throw new DomainError("fileEmpty", field);
  if (upload.bytes.byteLength > EVIDENCE_MAX_BYTES) throw new DomainError("fileTooLarge", field);
  const mimeType = await detectEvidenceType(upload.bytes);
  if (!mimeType) throw new DomainError("fileType", field);

  const storageKey = randomUUID();
  await store.put(storageKey, upload.bytes);
  try {
    return await prisma.$transaction(async (tx) => {
    const record = await tx.evidenceFile.create({
      data: {
        organisationId: actor.organisationId,
        kind: upload.kind,
        storageKey,
        mimeType,
        sizeBytes: upload.bytes.byteLength,
        sha256: createHash("sha256").update(upload.bytes).digest("hex"),
        offshoreLineId: upload.offshoreLineId ?? null,
        employmentContractId: upload.employmentContractId ?? null,
        uploadedById: actor.id,
      },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "evidence.upload",
      targetType: "EvidenceFile",
      targetId: record.id,
      result: "success",
      details: { kind: upload.kind, mimeType, sizeBytes: upload.bytes.byteLength },
    });
    return record;
    });
  } catch (error) {
    await store.delete(storageKey);
    throw error;
  }
}
