import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Reviewer } from "@/lib/auth/actors";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import {
  rejectOrganisationSchema,
  type RejectOrganisationInput,
} from "@/lib/schemas/vetting";
import { inCityTransaction } from "@/lib/db/city-scope";

/** A reviewer refuses the vetting, with a reason the applicant reads; it may upload a corrected licence. */
export async function rejectOrganisation(prisma: PrismaClient, reviewer: Reviewer, input: RejectOrganisationInput, now = new Date()) {
  if (reviewer.role !== "REVIEWER") throw new DomainError("forbidden");
  const { organisationId, reason } = rejectOrganisationSchema.parse(input);
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId, cityId: reviewer.cityId }, select: { nameZh: true } });
    if (!organisation) throw new NotFoundError();
    const updated = await tx.organisation.updateMany({
      where: { id: organisationId, cityId: reviewer.cityId, status: "PENDING_VETTING" },
      data: { status: "REJECTED", vettedAt: now, vettedById: reviewer.id, vettingNote: reason },
    });
    if (updated.count === 0) throw new DomainError("organisationNotAwaitingVetting");
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "organisation.reject",
      targetType: "Organisation",
      targetId: organisationId,
      result: "success",
      details: { reason },
    });
    return { emails: await notifyOrganisation(tx, organisationId, "organisationRejected", { organisation: organisation.nameZh, reason }) };
  });
}
