import type { Prisma } from "@/lib/generated/prisma/client";
import {
  evaluateTrainingSubsidy,
  isoDateFromDbDate,
  policyInForceOn,
  type EligibilityPolicy,
  type TrainingSubsidyResult,
} from "@/lib/eligibility";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";

type TraineeWithFacts = Prisma.TraineeGetPayload<{
  include: { trainingRecords: { include: { certificate: true } }; contracts: true };
}>;

export interface TraineeEvaluation {
  trainee: TraineeWithFacts;
  trainingRecordId: string;
  contractId: string;
  result: TrainingSubsidyResult;
}

/** The eligibility module's input for one training record and one contract. */
export function trainingSubsidyInputFor(
  trainee: Pick<TraineeWithFacts, "studentStatus">,
  record: TraineeWithFacts["trainingRecords"][number],
  contract: TraineeWithFacts["contracts"][number],
  alreadySubsidised: boolean,
) {
  return {
    isCollegeStudent: trainee.studentStatus !== "NOT_A_STUDENT",
    trainingStart: isoDateFromDbDate(record.startDate),
    trainingEnd: isoDateFromDbDate(record.endDate),
    passedExam: record.examPassed,
    certificateNo: record.certificate?.certificateNo ?? null,
    contractSignedOn: isoDateFromDbDate(contract.signedOn),
    contractStart: isoDateFromDbDate(contract.startDate),
    contractEnd: isoDateFromDbDate(contract.endDate),
    employerIsServiceOutsourcing: contract.employerIsServiceOutsourcing,
    employerInNanchang: contract.employerInNanchang,
    alreadySubsidised,
  };
}

/**
 * Evaluates a trainee of the institution under rule B, with the policy in force on each
 * contract's signing date. Every (training record, contract) pair is tried; the first eligible
 * one is used, otherwise the most recent pair, so the reasons shown are those of the latest facts.
 */
export async function evaluateTraineeForClaim(
  tx: Prisma.TransactionClient,
  institutionId: string,
  traineeId: string,
  alreadySubsidised: boolean,
  policies?: EligibilityPolicy[],
): Promise<TraineeEvaluation> {
  const trainee = await tx.trainee.findFirst({
    where: { id: traineeId, institutionId },
    include: { trainingRecords: { include: { certificate: true }, orderBy: { startDate: "desc" } }, contracts: { orderBy: { signedOn: "desc" } } },
  });
  if (!trainee) throw new NotFoundError();
  if (trainee.trainingRecords.length === 0) throw new DomainError("traineeHasNoTraining");
  if (trainee.contracts.length === 0) throw new DomainError("traineeHasNoContract");
  const versions = policies ?? (await loadPolicyVersions(tx));
  let fallback: TraineeEvaluation | null = null;
  for (const contract of trainee.contracts) {
    const input = trainingSubsidyInputFor(trainee, trainee.trainingRecords[0], contract, alreadySubsidised);
    let policy: EligibilityPolicy;
    try {
      policy = policyInForceOn(input.contractSignedOn, versions, "contractSignedOn");
    } catch {
      throw new DomainError("noPolicyInForce");
    }
    for (const record of trainee.trainingRecords) {
      const result = evaluateTrainingSubsidy(trainingSubsidyInputFor(trainee, record, contract, alreadySubsidised), policy);
      const evaluation = { trainee, trainingRecordId: record.id, contractId: contract.id, result };
      if (result.eligible) return evaluation;
      fallback ??= evaluation;
    }
  }
  return fallback!;
}
