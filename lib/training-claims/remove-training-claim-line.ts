import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { NotFoundError } from "@/lib/errors/domain-error";
import { removeTrainingClaimLineSchema, type RemoveTrainingClaimLineInput } from "@/lib/schemas/training-claim";
import type { OrganisationActor } from "@/lib/auth/actors";
import { lockEditableClaim, refreshClaimTotals } from "./editable";

export async function removeTrainingClaimLine(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof removeTrainingClaimLineSchema>) {
  const { claimId, version, lineId } = input;
  return prisma.$transaction(async (tx) => {
    await lockEditableClaim(tx, actor.organisationId, claimId, version);
    // Lines that a reviewer commented on keep their comments (SetNull); the line itself goes.
    const removed = await tx.trainingClaimLine.deleteMany({ where: { id: lineId, claimId } });
    if (removed.count === 0) throw new NotFoundError();
    await refreshClaimTotals(tx, claimId, version);
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "training-claim.remove-line",
      targetType: "TrainingClaim",
      targetId: claimId,
      result: "success",
      details: { lineId },
    });
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs removeTrainingClaimLine. */
export async function removeTrainingClaimLineFromInput(prisma: PrismaClient, actor: OrganisationActor, input: RemoveTrainingClaimLineInput) {
  return removeTrainingClaimLine(prisma, actor, removeTrainingClaimLineSchema.parse(input));
}
