import type { Prisma } from "@/lib/generated/prisma/client";
import { BUILT_IN_CITY_ID } from "@/lib/cities/find-city";
import { evaluateTrainingSubsidy, type TrainingSubsidyResult } from "@/lib/eligibility";
import { DomainError } from "@/lib/errors/domain-error";
import { policyById } from "@/lib/policy/load-policy-versions";
import { trainingSubsidyInputFor } from "@/lib/training-claims/evaluate-trainee-for-claim";
import { trainingGrantOfCity } from "./training-grant-of-city";

/**
 * The ledger keys of rule B's two grants for a person in a city. Unique, so the database refuses
 * a city's paying a person twice; per city, because each city pays from its own budget and a
 * person trained in two cities may be subsidised by both (issue 22: the reviewer sees the other
 * city's grant as a signal). The built-in city's keys keep their first form ("B_TRAINEE:<person>"):
 * ledger rows are append-only and were written before there was a second city.
 */
function grantKeyPrefix(rule: "B_TRAINEE" | "B_INSTITUTION", cityId: string): string {
  return cityId === BUILT_IN_CITY_ID ? `${rule}:` : `${rule}:${cityId}:`;
}
export function traineeGrantKey(cityId: string, personId: string): string {
  return `${grantKeyPrefix("B_TRAINEE", cityId)}${personId}`;
}
export function institutionGrantKey(cityId: string, personId: string): string {
  return `${grantKeyPrefix("B_INSTITUTION", cityId)}${personId}`;
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
 * version. `alreadySubsidised` comes from the ledger: a trainee grant for the person exists in the claim's city (a
 * grant key is permanent, so even a reversed grant is never paid again automatically).
 * With `lock`, the persons' rows are locked first (in id order, so two approvals never
 * deadlock): concurrent approvals naming the same person then run one after the other.
 */
export async function evaluateTrainingClaimLines(
  tx: Prisma.TransactionClient,
  claim: { id: string; cityId: string },
  { lock = false }: { lock?: boolean } = {},
): Promise<TrainingLineEvaluation[]> {
  const claimId = claim.id;
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
    where: { personId: { in: personIds }, rule: "B_TRAINEE", grantKey: { not: null }, ...trainingGrantOfCity(claim.cityId) },
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
