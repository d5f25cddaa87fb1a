import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ServiceCategory } from "@/lib/generated/prisma/enums";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Tx } from "@/lib/db";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { DomainError, isUniqueViolation, NotFoundError } from "@/lib/errors/domain-error";
import { getFileStore, type FileStore } from "@/lib/evidence/file-store";
import { offshoreDraftSchema, type OffshoreDraft, type OffshoreDraftInput } from "@/lib/schemas/offshore-claim";
import { CLOSED_STATUSES, EDITABLE_STATUSES, isEditable } from "@/lib/claim-lifecycle";
import { cityOfOrganisation } from "@/lib/cities/find-city";
import { newClaimNumber } from "../claim-lifecycle/claim-number";
import type { OrganisationActor } from "@/lib/auth/actors";



type LineRow = {
  lineNo: number;
  contractRegNo: string;
  clientName: string;
  clientCountry: string;
  serviceCategory: ServiceCategory;
  contractValueUsdCents: bigint;
  executedUsdCents: bigint;
  fxReceiptDate: Date;
};

/**
 * Creates or updates the enterprise's draft claim for a year, in one transaction: a save either
 * lands completely or leaves the previous draft as it was. Lines are updated in place by id
 * (new ones created, removed ones deleted), so evidence and reviewers' comments stay attached.
 */
export async function saveOffshoreClaimDraft(
  prisma: PrismaClient,
  actor: OrganisationActor,
  draft: OffshoreDraft,
  store?: FileStore,
  // Lets a caller record its own rows (an import's ImportBatch) in the same transaction as the save.
  alsoInTransaction?: (tx: Tx, claimId: string) => Promise<void>,
) {

  // A contract may be claimed once per year across all enterprises: look in everyone else's live claims.
  const regNos = draft.lines.map((line) => line.contractRegNo);
  if (regNos.length > 0) {
    const elsewhere = await prisma.offshoreContractLine.findMany({
      where: {
        contractRegNo: { in: regNos, mode: "insensitive" },
        claim: { claimYear: draft.claimYear, organisationId: { not: actor.organisationId }, status: { notIn: CLOSED_STATUSES } },
      },
      select: { contractRegNo: true },
    });
    const taken = new Set(elsewhere.map((line) => line.contractRegNo.toUpperCase()));
    const index = draft.lines.findIndex((line) => taken.has(line.contractRegNo.toUpperCase()));
    if (index >= 0) throw new DomainError("contractRegNoTakenElsewhere", `lines.${index}.contractRegNo`);
  }

  const lineRows = draft.lines.map((line, index) => ({
    id: line.id,
    row: {
      lineNo: index + 1,
      contractRegNo: line.contractRegNo,
      clientName: line.clientName,
      clientCountry: line.clientCountry,
      serviceCategory: line.serviceCategory,
      contractValueUsdCents: BigInt(line.contractValueUsd),
      executedUsdCents: BigInt(line.executedUsd),
      fxReceiptDate: dbDateFromIsoDate(line.fxReceiptDate),
    } satisfies LineRow,
  }));

  // Files of evidence on removed lines, deleted from the store once the transaction has committed.
  const orphanedFiles: string[] = [];
  try {
    const saved = await prisma.$transaction(async (tx) => {
      if (!draft.claimId) {
        const existing = await tx.offshoreClaim.findUnique({
          where: { organisationId_claimYear: { organisationId: actor.organisationId, claimYear: draft.claimYear } },
          select: { id: true },
        });
        if (existing) throw new DomainError("claimYearTaken", "claimYear");
        const claim = await tx.offshoreClaim.create({
          data: {
            claimNo: newClaimNumber("A", draft.claimYear),
            cityId: await cityOfOrganisation(tx, actor.organisationId),
            organisationId: actor.organisationId,
            claimYear: draft.claimYear,
            onshoreUsdCents: BigInt(draft.onshoreUsd),
            createdById: actor.id,
            lines: { create: lineRows.map((line) => line.row) },
          },
        });
        await appendAuditEntry(tx, {
          actorId: actor.id,
          actorRole: actor.role,
          action: "offshore-claim.create-draft",
          targetType: "OffshoreClaim",
          targetId: claim.id,
          result: "success",
          details: { lines: lineRows.length },
        });
        await alsoInTransaction?.(tx, claim.id);
        return claim;
      }

      // Scoped by organisation, and only while editable and unchanged since the form loaded.
      const updated = await tx.offshoreClaim.updateMany({
        where: {
          id: draft.claimId,
          organisationId: actor.organisationId,
          claimYear: draft.claimYear,
          status: { in: EDITABLE_STATUSES },
          ...(draft.version === undefined ? {} : { version: draft.version }),
        },
        data: { onshoreUsdCents: BigInt(draft.onshoreUsd), version: { increment: 1 } },
      });
      if (updated.count === 0) {
        const claim = await tx.offshoreClaim.findFirst({ where: { id: draft.claimId, organisationId: actor.organisationId } });
        if (!claim) throw new NotFoundError();
        if (claim.claimYear !== draft.claimYear) throw new DomainError("claimYearFixed", "claimYear");
        throw new DomainError(isEditable(claim.status) ? "staleForm" : "claimNotEditable");
      }
      // Evidence a reviewer has seen (the claim was submitted before) stays on record, unattached.
      const { submissionCount } = await tx.offshoreClaim.findUniqueOrThrow({ where: { id: draft.claimId }, select: { submissionCount: true } });
      const removedEvidence = await replaceLinesInPlace(tx, draft.claimId, lineRows, submissionCount === 0);
      await appendAuditEntry(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "offshore-claim.save-draft",
        targetType: "OffshoreClaim",
        targetId: draft.claimId,
        result: "success",
        details: { lines: lineRows.length, evidenceRemoved: removedEvidence.map((evidence) => evidence.id) },
      });
      orphanedFiles.push(...removedEvidence.map((evidence) => evidence.storageKey));
      await alsoInTransaction?.(tx, draft.claimId);
      return tx.offshoreClaim.findUniqueOrThrow({ where: { id: draft.claimId } });
    });
    for (const key of orphanedFiles) await (store ?? getFileStore()).delete(key).catch(() => undefined);
    return saved;
  } catch (error) {
    if (isUniqueViolation(error, "claimYear")) throw new DomainError("claimYearTaken", "claimYear");
    throw error;
  }
}

/**
 * Brings the claim's lines to the submitted list: rows named by id are updated, rows without
 * an id are created, stored rows missing from the list are deleted. An id that is not one of
 * this claim's lines means the form is out of date (another tab removed the line).
 * Returns the evidence rows deleted with removed lines (their files are removed after the commit).
 */
async function replaceLinesInPlace(tx: Tx, claimId: string, lines: Array<{ id?: string; row: LineRow }>, deleteEvidence: boolean) {
  const stored = await tx.offshoreContractLine.findMany({ where: { claimId }, select: { id: true, contractRegNo: true } });
  const storedIds = new Set(stored.map((line) => line.id));
  const keptIds = new Set<string>();
  for (const line of lines) {
    if (!line.id) continue;
    if (!storedIds.has(line.id) || keptIds.has(line.id)) throw new DomainError("staleForm");
    keptIds.add(line.id);
  }
  const removed = stored.filter((line) => !keptIds.has(line.id)).map((line) => line.id);
  // A removed line's evidence goes with it (rather than lingering unattached).
  const removedEvidence =
    removed.length > 0 && deleteEvidence
      ? await tx.evidenceFile.findMany({ where: { offshoreLineId: { in: removed } }, select: { id: true, storageKey: true } })
      : [];
  if (removedEvidence.length > 0) await tx.evidenceFile.deleteMany({ where: { id: { in: removedEvidence.map((evidence) => evidence.id) } } });
  if (removed.length > 0) await tx.offshoreContractLine.deleteMany({ where: { claimId, id: { in: removed } } });

  // Contract numbers are unique per claim: park the kept rows under their ids first, so that two
  // lines swapping numbers never collide half-way.
  const kept = stored.filter((line) => keptIds.has(line.id));
  for (const line of kept) {
    await tx.offshoreContractLine.update({ where: { id: line.id }, data: { contractRegNo: `~${line.id}` } });
  }
  for (const line of lines) {
    if (line.id) await tx.offshoreContractLine.update({ where: { id: line.id }, data: line.row });
  }
  const created = lines.filter((line) => !line.id).map((line) => ({ ...line.row, claimId }));
  if (created.length > 0) await tx.offshoreContractLine.createMany({ data: created });
  return removedEvidence;
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs saveOffshoreClaimDraft. */
export async function saveOffshoreClaimDraftFromInput(prisma: PrismaClient, actor: OrganisationActor, input: OffshoreDraftInput, store?: FileStore) {
  return saveOffshoreClaimDraft(prisma, actor, offshoreDraftSchema.parse(input), store);
}
