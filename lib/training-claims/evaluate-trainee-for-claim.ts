import type { OrganisationScope } from "@/lib/auth/actors";
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

type TraineeFacts = Pick<TraineeWithFacts, "studentStatus" | "trainingRecords" | "contracts">;

export interface TraineeEvaluation<T extends TraineeFacts = TraineeWithFacts> {
  trainee: T;
  trainingRecordId: string;
  contractId: string;
  result: TrainingSubsidyResult;
}

type RecordFacts = Pick<TraineeWithFacts["trainingRecords"][number], "startDate" | "endDate" | "examPassed"> & {
  certificate: { certificateNo: string } | null;
};
type ContractFacts = Pick<
  TraineeWithFacts["contracts"][number],
  "signedOn" | "startDate" | "endDate" | "employerIsServiceOutsourcing" | "employerInNanchang"
>;

/** The eligibility module's input for one training record and one contract (only the columns it reads). */
export function trainingSubsidyInputFor(
  trainee: Pick<TraineeWithFacts, "studentStatus">,
  record: RecordFacts,
  contract: ContractFacts,
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

/** Why a trainee cannot be evaluated at all: an "errors" message key. */
export type EvaluationRefusal = "traineeHasNoTraining" | "traineeHasNoContract" | "noPolicyInForce";

/**
 * Rule B over facts already loaded (pure: no I/O, so a cohort of thousands is evaluated in memory
 * after a few queries). Every (training record, contract) pair is tried, contracts newest signed
 * first, records newest started first, each under the policy in force on the contract's signing
 * date; the first eligible pair is used, otherwise the first pair tried, so the reasons shown are
 * those of the latest facts.
 */
export function evaluateTraineeFacts<T extends TraineeFacts>(
  trainee: T,
  alreadySubsidised: boolean,
  policies: EligibilityPolicy[],
): { refusal: EvaluationRefusal; evaluation?: undefined } | { refusal?: undefined; evaluation: TraineeEvaluation<T> } {
  if (trainee.trainingRecords.length === 0) return { refusal: "traineeHasNoTraining" };
  if (trainee.contracts.length === 0) return { refusal: "traineeHasNoContract" };
  const records = [...trainee.trainingRecords].sort((a, b) => b.startDate.getTime() - a.startDate.getTime());
  const contracts = [...trainee.contracts].sort((a, b) => b.signedOn.getTime() - a.signedOn.getTime());
  let fallback: TraineeEvaluation<T> | null = null;
  for (const contract of contracts) {
    let policy: EligibilityPolicy;
    try {
      policy = policyInForceOn(isoDateFromDbDate(contract.signedOn), policies, "contractSignedOn");
    } catch {
      return { refusal: "noPolicyInForce" };
    }
    for (const record of records) {
      const result = evaluateTrainingSubsidy(trainingSubsidyInputFor(trainee, record, contract, alreadySubsidised), policy);
      const evaluation = { trainee, trainingRecordId: record.id, contractId: contract.id, result };
      if (result.eligible) return { evaluation };
      fallback ??= evaluation;
    }
  }
  return { evaluation: fallback! };
}

/** What evaluateTraineeFacts needs, for findMany's include. */
export const TRAINEE_FACTS_INCLUDE = {
  trainingRecords: { include: { certificate: true }, orderBy: { startDate: "desc" } },
  contracts: { orderBy: { signedOn: "desc" } },
} as const satisfies Prisma.TraineeInclude;

/** Evaluates one trainee of the institution under rule B (see evaluateTraineeFacts); refusals are thrown as DomainErrors. */
export async function evaluateTraineeForClaim(
  tx: Prisma.TransactionClient,
  institution: OrganisationScope,
  traineeId: string,
  alreadySubsidised: boolean,
  policies?: EligibilityPolicy[],
): Promise<TraineeEvaluation> {
  const institutionId = institution.organisationId;
  const trainee = await tx.trainee.findFirst({ where: { id: traineeId, institutionId }, include: TRAINEE_FACTS_INCLUDE });
  if (!trainee) throw new NotFoundError();
  const outcome = evaluateTraineeFacts(trainee, alreadySubsidised, policies ?? (await loadPolicyVersions(tx, institution.cityId)));
  if (outcome.refusal) throw new DomainError(outcome.refusal);
  return outcome.evaluation;
}
