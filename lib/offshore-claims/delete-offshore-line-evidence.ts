import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getFileStore, type FileStore } from "@/lib/evidence/file-store";
import { EDITABLE_STATUSES, isEditable } from "@/lib/claim-lifecycle";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * Removes evidence from a line while the claim is editable. The row goes first (with its audit
 * entry); the bytes are removed after the commit, so a failure can leave an unreferenced file
 * but never a record pointing at nothing.
 */
export async function deleteOffshoreLineEvidence(
  prisma: PrismaClient,
  actor: OrganisationActor,
  evidenceId: string,
  store: FileStore = getFileStore(),
) {
  if (!/^[0-9a-f-]{36}$/i.test(evidenceId)) throw new NotFoundError();
  const storageKey = await prisma.$transaction(async (tx) => {
    const evidence = await tx.evidenceFile.findFirst({
      where: {
        id: evidenceId,
        organisationId: actor.organisationId,
        offshoreLine: { claim: { organisationId: actor.organisationId, status: { in: EDITABLE_STATUSES } } },
      },
      select: { id: true, storageKey: true, kind: true, offshoreLineId: true, offshoreLine: { select: { claimId: true } } },
    });
    if (!evidence) throw new NotFoundError();
    // Holds the claim row until this commits, and re-reads its status under that lock: a
    // submission running at the same moment either waits for this deletion and then sees the
    // line without this file (lib/claim-submission/assert-line-evidence.ts refuses it), or
    // commits first, and then this finds the claim submitted.
    const [claim] = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT "status"::text AS "status" FROM "OffshoreClaim" WHERE "id" = ${evidence.offshoreLine!.claimId}::uuid FOR SHARE`;
    if (!claim || !isEditable(claim.status)) throw new NotFoundError();
    await tx.evidenceFile.delete({ where: { id: evidence.id } });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "evidence.delete",
      targetType: "EvidenceFile",
      targetId: evidence.id,
      result: "success",
      details: { kind: evidence.kind, offshoreLineId: evidence.offshoreLineId },
    });
    return evidence.storageKey;
  });
  await store.delete(storageKey);
}
