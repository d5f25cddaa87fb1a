import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { cityOfOrganisation } from "@/lib/cities/find-city";
import { newClaimNumber } from "@/lib/claim-lifecycle/claim-number";
import { isUniqueViolation } from "@/lib/errors/domain-error";
import { createTrainingClaimSchema, type CreateTrainingClaimInput } from "@/lib/schemas/training-claim";
import type { OrganisationActor } from "@/lib/auth/actors";

/** Opens an empty draft claim (a batch of trainees) for the institution. */
export async function createTrainingClaim(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof createTrainingClaimSchema>) {
  const { claimYear } = input;
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const claim = await tx.trainingClaim.create({
          data: { claimNo: newClaimNumber("B", claimYear), cityId: await cityOfOrganisation(tx, actor.organisationId), institutionId: actor.organisationId, claimYear, createdById: actor.id },
        });
        await appendAuditEntry(tx, {
          actorId: actor.id,
          actorRole: actor.role,
          action: "training-claim.create",
          targetType: "TrainingClaim",
          targetId: claim.id,
          result: "success",
        });
        return claim;
      });
    } catch (error) {
      // The rare claim-number collision: draw another number.
      if (attempt < 3 && isUniqueViolation(error, "claimNo")) continue;
      throw error;
    }
  }
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs createTrainingClaim. */
export async function createTrainingClaimFromInput(prisma: PrismaClient, actor: OrganisationActor, input: CreateTrainingClaimInput) {
  return createTrainingClaim(prisma, actor, createTrainingClaimSchema.parse(input));
}
