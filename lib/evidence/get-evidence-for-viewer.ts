import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { NotFoundError } from "@/lib/errors/domain-error";
import { EVIDENCE_TYPES } from "./evidence-rules";
import { getFileStore, type FileStore } from "./file-store";

type Viewer = Pick<CurrentUser, "id" | "role" | "organisationId" | "cityId">;

/**
 * An evidence file for someone allowed to see it: members of the organisation that uploaded it,
 * the registered employer named in an employment contract it belongs to, and the staff of the
 * uploading organisation's city's bureau (issue 22: another city's file is not theirs). Anyone else
 * (the province administrator, who has neither city nor organisation) gets the same answer as for a
 * file that does not exist. Every view is audited.
 */
export async function getEvidenceForViewer(prisma: PrismaClient, viewer: Viewer, evidenceId: string, store: FileStore = getFileStore()) {
  if (!/^[0-9a-f-]{36}$/i.test(evidenceId)) throw new NotFoundError();
  const isStaff = viewer.role === "REVIEWER" || viewer.role === "ADMINISTRATOR";
  const organisationId = viewer.organisationId;
  if (isStaff ? !viewer.cityId : !organisationId) throw new NotFoundError();
  const evidence = await prisma.evidenceFile.findFirst({
    where: {
      id: evidenceId,
      ...(isStaff
        ? { organisation: { cityId: viewer.cityId! } }
        : { OR: [{ organisationId: organisationId! }, { employmentContract: { employerOrganisationId: organisationId! } }] }),
    },
  });
  if (!evidence) throw new NotFoundError();
  const bytes = await store.get(evidence.storageKey);
  await prisma.$transaction((tx) =>
    appendAuditEntry(tx, {
      actorId: viewer.id,
      actorRole: viewer.role,
      action: "evidence.view",
      targetType: "EvidenceFile",
      targetId: evidence.id,
      result: "success",
    }),
  );
  const extension = EVIDENCE_TYPES[evidence.mimeType as keyof typeof EVIDENCE_TYPES] ?? "bin";
  // A fixed download name: the uploader's file name never reaches another user's disk or headers.
  const downloadName = `evidence-${evidence.kind.toLowerCase().replace(/_/g, "-")}-${evidence.id.slice(0, 8)}.${extension}`;
  return { evidence, bytes, downloadName };
}
