import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Reviewer } from "@/lib/auth/actors";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import {
  activateOrganisationSchema,
  type ActivateOrganisationInput,
} from "@/lib/schemas/vetting";
import { inCityTransaction } from "@/lib/db/city-scope";

/**
 * A reviewer activates an organisation awaiting vetting, having checked its credit code and
 * business licence: only then may it submit claims. Conditional on the status (two reviewers
 * deciding at once: one wins); the decision and its audit entry commit together.
 */
export async function activateOrganisation(prisma: PrismaClient, reviewer: Reviewer, input: ActivateOrganisationInput, now = new Date()) {
  if (reviewer.role !== "REVIEWER") throw new DomainError("forbidden");
  const { organisationId } = activateOrganisationSchema.parse(input);
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId, cityId: reviewer.cityId }, select: { nameZh: true, creditCode: true } });
    if (!organisation) throw new NotFoundError();
    const licence = await tx.evidenceFile.findFirst({ where: { organisationId, kind: "BUSINESS_LICENCE" }, orderBy: { createdAt: "desc" }, select: { id: true } });
    if (!licence) throw new DomainError("licenceMissing");
    const updated = await tx.organisation.updateMany({
      where: { id: organisationId, cityId: reviewer.cityId, status: "PENDING_VETTING" },
      data: { status: "ACTIVE", vettedAt: now, vettedById: reviewer.id, vettingNote: null },
    });
    if (updated.count === 0) throw new DomainError("organisationNotAwaitingVetting");
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "organisation.activate",
      targetType: "Organisation",
      targetId: organisationId,
      result: "success",
      details: { creditCode: organisation.creditCode, licenceEvidenceId: licence.id },
    });
    // Every member gets an inbox item (it commits with the decision) and, after commit, the mail.
    return { emails: await notifyOrganisation(tx, organisationId, "organisationActivated", { organisation: organisation.nameZh }) };
  });
}

