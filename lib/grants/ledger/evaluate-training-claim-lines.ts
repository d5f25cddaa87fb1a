import type { Prisma } from "@/lib/generated/prisma/client";
import { evaluateTrainingSubsidy, type TrainingSubsidyResult } from "@/lib/eligibility";
import { DomainError } from "@/lib/errors/domain-error";
import { policyById } from "@/lib/policy/load-policy-versions";
import { trainingSubsidyInputFor } from "@/lib/training-claims/evaluate-trainee-for-claim";

export function traineeGrantKey(personId: string): string {
  return `B_TRAINEE:${personId}`;
}
export function institutionGrantKey(personId: string): string {
  return `B_INSTITUTION:${personId}`;
}

export interface TrainingLineEvaluation {
  lineId: string;
  personId: string;
  traineeName: string;
  policy: { id: string; fourEyesThresholdFen: number; noticePeriodWorkingDays: number };
  result: TrainingSubsidyResult;
  /** The employer is registered in the portal and has not confirmed the contract. */
  confirmationMissing: boolean;
}

/**
 * Rule B for every line of a stored claim, from the stored facts, under each line's own policy
 * version. `alreadySubsidised` comes from the ledger: a trainee grant for the person exists (a
 * grant key is permanent, so even a reversed grant is never paid again automatically).
 * With `lock`, the persons' rows are locked first (in id order, so two approvals never
 * deadlock): concurrent approvals naming the same person then run one after the other.
 */
export async function evaluateTrainingClaimLines(
  tx: Prisma.TransactionClient,
  claimId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<TrainingLineEvaluation[]> {
  const lines = await tx.trainingClaimLine.findMany({
    where: { claimId },
    include: { trainee: true, trainingRecord: { include: { certificate: true } }, contract: true },
    orderBy: { createdAt: "asc" },
  });
  const personIds = [...new Set(lines.map((l) => l.personId))].sort();
  if (lock && personIds.length > 0) {
    await tx.$queryRaw`SELECT "id" FROM "Person" WHERE "id" = ANY(${personIds}::uuid[]) ORDER BY "id" FOR UPDATE`;
  }
  const granted = await tx.ledgerEntry.findMany({
    where: { grantKey: { in: personIds.map(traineeGrantKey) } },
    select: { personId: true },
  });
  const subsidised = new Set(granted.map((g) => g.personId));
  const out: TrainingLineEvaluation[] = [];
  for (const line of lines) {
    const policy = await policyById(tx, line.policyVersionId);
    if (!policy) throw new DomainError("noPolicyInForce");
    const result = evaluateTrainingSubsidy(
      trainingSubsidyInputFor(line.trainee, line.trainingRecord, line.contract, subsidised.has(line.personId)),
      policy,
    );
    out.push({
      lineId: line.id,
      personId: line.personId,
      traineeName: line.trainee.name,
      policy: { id: policy.id, fourEyesThresholdFen: policy.fourEyesThresholdFen, noticePeriodWorkingDays: policy.noticePeriodWorkingDays },
      result,
      confirmationMissing: line.contract.employerOrganisationId !== null && line.contract.confirmation !== "CONFIRMED",
    });
  }
  return out;
}

export function trainingLinesTotalFen(lines: TrainingLineEvaluation[]): number {
  return lines.reduce((sum, l) => (l.result.eligible ? sum + l.result.traineeFen + l.result.institutionFen : sum), 0);
}
