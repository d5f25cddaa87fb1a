import { isGranted, isOpen, type ClaimStatus } from "@/lib/claim-lifecycle";
import { evaluateTrainingSubsidy, type EligibilityPolicy } from "@/lib/eligibility";
import type { StudentStatus } from "@/lib/generated/prisma/enums";
import { trainingSubsidyInputFor } from "@/lib/training-claims/evaluate-trainee-for-claim";
import { flippedReasons, mergeConditions } from "./changed-conditions";
import { whatIfOutcome, type WhatIfClaimOutcome, type WhatIfCondition } from "./what-if-types";

/** One line's stored facts: the trainee, the training record and the contract the line names. */
export interface TrainingLineWhatIfFacts {
  lineId: string;
  personId: string;
  studentStatus: StudentStatus;
  record: { startDate: Date; endDate: Date; examPassed: boolean; certificate: { certificateNo: string } | null };
  contract: { signedOn: Date; startDate: Date; endDate: Date; employerIsServiceOutsourcing: boolean; employerInNanchang: boolean };
  /** The line's own policy version (the one in force on the contract's signing date when it was added). */
  linePolicy: EligibilityPolicy;
  /** The person holds a trainee grant from another claim (the ledger's grant key): they stay subsidised. */
  subsidisedElsewhere: boolean;
  /** The line's own trainee grant in the ledger, net of reversals. */
  grantedTraineeFen: number;
}

export interface TrainingWhatIfFacts {
  claimId: string;
  claimNumber: string;
  organisationId: string;
  organisationName: string;
  district: string | null;
  claimYear: number;
  status: ClaimStatus;
  lines: TrainingLineWhatIfFacts[];
  /** The claim's own rule-B ledger entries (trainee and institution), net of reversals. */
  grantedOwnFen: number;
}

/**
 * Rule B line by line, as the decision evaluates a stored claim (evaluate-training-claim-lines.ts:
 * each line's own record and contract, trainingSubsidyInputFor, a person paid before stays paid),
 * under the line's version and under the draft. A line counts when eligible, trainee and
 * institution amounts together. "Now": the evaluation for an open claim, the ledger for a
 * granted one, 0 otherwise; a trainee's "now" likewise, with the trainee subsidy alone.
 */
export function trainingClaimWhatIf(facts: TrainingWhatIfFacts, draft: EligibilityPolicy): WhatIfClaimOutcome {
  const open = isOpen(facts.status);
  const granted = isGranted(facts.status);
  let evaluatedNow = 0;
  let draftFen = 0;
  const changed: WhatIfCondition[] = [];
  const trainees = facts.lines.map((line) => {
    const input = trainingSubsidyInputFor(line, line.record, line.contract, line.subsidisedElsewhere);
    const current = evaluateTrainingSubsidy(input, line.linePolicy);
    const proposed = evaluateTrainingSubsidy(input, draft);
    if (current.eligible) evaluatedNow += current.traineeFen + current.institutionFen;
    if (proposed.eligible) draftFen += proposed.traineeFen + proposed.institutionFen;
    mergeConditions(changed, flippedReasons(current.reasons, proposed.reasons));
    if (current.eligible && proposed.eligible && (current.traineeFen !== proposed.traineeFen || current.institutionFen !== proposed.institutionFen)) {
      mergeConditions(changed, ["TRAINING_AMOUNT"]);
    }
    const traineeNow = open ? (current.eligible ? current.traineeFen : 0) : granted ? line.grantedTraineeFen : 0;
    return { personId: line.personId, nowFen: traineeNow, draftFen: proposed.eligible ? proposed.traineeFen : 0 };
  });
  const nowFen = open ? evaluatedNow : granted ? facts.grantedOwnFen : 0;
  return {
    claimId: facts.claimId,
    claimNumber: facts.claimNumber,
    kind: "TRAINING",
    organisationId: facts.organisationId,
    organisationName: facts.organisationName,
    district: facts.district,
    claimYear: facts.claimYear,
    status: facts.status,
    nowFen,
    draftFen,
    differenceFen: draftFen - nowFen,
    changedConditions: changed,
    outcome: whatIfOutcome(nowFen, draftFen),
    granted,
    trainees,
  };
}
