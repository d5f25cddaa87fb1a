import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { DomainError, isUniqueViolation, NotFoundError } from "@/lib/errors/domain-error";
import { offshoreDraftSchema, type OffshoreDraftInput } from "@/lib/schemas/offshore-claim";
import { newClaimNumber } from "./claim-number";

export const EDITABLE_STATUSES = ["DRAFT", "CHANGES_REQUESTED"] as const;

interface Actor {
  id: string;
  role: string;
  organisationId: string;
}

/**
 * Creates or updates the enterprise's draft claim for a year. The lines are replaced as a whole
 * inside one transaction, so a save either lands completely or leaves the previous draft as it was.
 */
export async function saveOffshoreClaimDraft(prisma: PrismaClient, actor: Actor, input: OffshoreDraftInput) {
  const draft = offshoreDraftSchema.parse(input);

  // A contract may be claimed once per year across all enterprises: look in everyone else's live claims.
  const regNos = draft.lines.map((line) => line.contractRegNo);
  if (regNos.length > 0) {
    const elsewhere = await prisma.offshoreContractLine.findMany({
      where: {
        contractRegNo: { in: regNos, mode: "insensitive" },
        claim: { claimYear: draft.claimYear, organisationId: { not: actor.organisationId }, status: { notIn: ["WITHDRAWN", "REJECTED"] } },
      },
      select: { contractRegNo: true },
    });
    const taken = new Set(elsewhere.map((line) => line.contractRegNo.toUpperCase()));
    const index = draft.lines.findIndex((line) => taken.has(line.contractRegNo.toUpperCase()));
    if (index >= 0) throw new DomainError("contractRegNoTakenElsewhere", `lines.${index}.contractRegNo`);
  }

  const lineRows = draft.lines.map((line, index) => ({
    lineNo: index + 1,
    contractRegNo: line.contractRegNo,
    clientName: line.clientName,
    clientCountry: line.clientCountry,
    serviceCategory: line.serviceCategory,
    contractValueUsdCents: BigInt(line.contractValueUsd),
    executedUsdCents: BigInt(line.executedUsd),
    fxReceiptDate: dbDateFromIsoDate(line.fxReceiptDate),
  }));

  try {
    return await prisma.$transaction(async (tx) => {
      if (!draft.claimId) {
        const existing = await tx.offshoreClaim.findUnique({
          where: { organisationId_claimYear: { organisationId: actor.organisationId, claimYear: draft.claimYear } },
          select: { id: true },
        });
        if (existing) throw new DomainError("claimYearTaken", "claimYear");
        const claim = await tx.offshoreClaim.create({
          data: {
            claimNo: newClaimNumber("A", draft.claimYear),
            organisationId: actor.organisationId,
            claimYear: draft.claimYear,
            onshoreUsdCents: BigInt(draft.onshoreUsd),
            createdById: actor.id,
            lines: { create: lineRows },
          },
        });
        await appendAuditEntry(tx, {
          actorId: actor.id,
          actorRole: actor.role,
          action: "offshore-claim.create-draft",
          targetType: "OffshoreClaim",
          targetId: claim.id,
          result: "success",
        });
        return claim;
      }

      // Scoped by organisation, and only while editable and unchanged since the form loaded.
      const updated = await tx.offshoreClaim.updateMany({
        where: {
          id: draft.claimId,
          organisationId: actor.organisationId,
          status: { in: [...EDITABLE_STATUSES] },
          ...(draft.version === undefined ? {} : { version: draft.version }),
        },
        data: { onshoreUsdCents: BigInt(draft.onshoreUsd), version: { increment: 1 } },
      });
      if (updated.count === 0) {
        const claim = await tx.offshoreClaim.findFirst({ where: { id: draft.claimId, organisationId: actor.organisationId } });
        if (!claim) throw new NotFoundError();
        throw new DomainError(EDITABLE_STATUSES.includes(claim.status as never) ? "staleForm" : "claimNotEditable");
      }
      const claim = await tx.offshoreClaim.findUniqueOrThrow({ where: { id: draft.claimId } });
      if (claim.claimYear !== draft.claimYear) throw new DomainError("claimYearFixed", "claimYear");
      await tx.offshoreContractLine.deleteMany({ where: { claimId: claim.id } });
      await tx.offshoreContractLine.createMany({ data: lineRows.map((row) => ({ ...row, claimId: claim.id })) });
      await appendAuditEntry(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "offshore-claim.save-draft",
        targetType: "OffshoreClaim",
        targetId: claim.id,
        result: "success",
        details: { lines: lineRows.length },
      });
      return claim;
    });
  } catch (error) {
    if (isUniqueViolation(error, "claimYear")) throw new DomainError("claimYearTaken", "claimYear");
    throw error;
  }
}
