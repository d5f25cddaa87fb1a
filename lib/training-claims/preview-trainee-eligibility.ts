import type { OrganisationScope } from "@/lib/auth/actors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { evaluateTraineeFacts, TRAINEE_FACTS_INCLUDE } from "./evaluate-trainee-for-claim";
import { findDuplicateClaims } from "./find-duplicate-claim";

/**
 * Rule B for one trainee of the institution as the facts stand now (shown on the trainee's page, so
 * an edit to training or contract shows its effect at once). Same rules as the claim page; read-only.
 */
export async function previewTraineeEligibility(prisma: PrismaClient, institution: OrganisationScope, traineeId: string) {
  const institutionId = institution.organisationId;
  const trainee = await prisma.trainee.findFirst({ where: { id: traineeId, institutionId }, include: TRAINEE_FACTS_INCLUDE });
  if (!trainee) throw new NotFoundError();
  const duplicate = (await findDuplicateClaims(prisma, [trainee.personId], institution)).get(trainee.personId)!;
  const outcome = evaluateTraineeFacts(trainee, duplicate.alreadySubsidised, await loadPolicyVersions(prisma, institution.cityId));
  if (outcome.refusal) return { refusal: outcome.refusal, result: null, duplicate: false };
  return { refusal: null, result: outcome.evaluation.result, duplicate: duplicate.alreadyClaimed };
}
