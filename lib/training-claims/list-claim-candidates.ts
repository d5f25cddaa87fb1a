import type { PrismaClient } from "@/lib/generated/prisma/client";
import { EligibilityInputError, type TrainingSubsidyResult } from "@/lib/eligibility";
import { DomainError } from "@/lib/errors/domain-error";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { evaluateTraineeForClaim } from "./evaluate-trainee-for-claim";
import { findDuplicateClaim } from "./find-duplicate-claim";

export interface ClaimCandidate {
  traineeId: string;
  name: string;
  idNumberMasked: string;
  result: TrainingSubsidyResult | null;
  /** Why the trainee cannot be evaluated or added: an "errors" message key. */
  refusal: string | null;
  duplicateClaimNo: string | null;
}

/**
 * The institution's trainees not yet in this claim, each with its rule-B evaluation (a preview;
 * adding a line evaluates again inside its transaction). Read-only.
 */
export async function listClaimCandidates(prisma: PrismaClient, institutionId: string, claimId: string): Promise<ClaimCandidate[]> {
  const policies = await loadPolicyVersions(prisma);
  const trainees = await prisma.trainee.findMany({
    where: { institutionId, claimLines: { none: { claimId } } },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, personId: true, person: { select: { idNumberMasked: true } } },
  });
  const candidates: ClaimCandidate[] = [];
  for (const trainee of trainees) {
    const base = { traineeId: trainee.id, name: trainee.name, idNumberMasked: trainee.person.idNumberMasked };
    const duplicate = await prisma.$transaction((tx) => findDuplicateClaim(tx, trainee.personId, institutionId, claimId));
    try {
      const evaluation = await prisma.$transaction((tx) =>
        evaluateTraineeForClaim(tx, institutionId, trainee.id, duplicate.alreadySubsidised, policies),
      );
      candidates.push({ ...base, result: evaluation.result, refusal: duplicate.otherClaimNo ? "duplicatePersonInClaim" : null, duplicateClaimNo: duplicate.otherClaimNo });
    } catch (error) {
      if (error instanceof DomainError || error instanceof EligibilityInputError) {
        candidates.push({ ...base, result: null, refusal: error instanceof DomainError ? error.code : "traineeNotEligible", duplicateClaimNo: null });
      } else throw error;
    }
  }
  return candidates;
}
