import { evaluateTrainingSubsidy, policyInForceOn } from "@/lib/eligibility";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { parseOrRefuse, refusingEligibilityErrors, refusingEligibilityErrorsAsync } from "../parse-or-refuse";
import type { ApiOperation } from "../public-endpoint";
import { publicPolicyVersion } from "./public-policy-version";
import { readJsonBody } from "../read-json-body";
import { choosePolicy } from "./choose-policy";
import { explainResult } from "./explain-result";
import { trainingEligibilityRequest, type TrainingEligibilityResponse } from "./schemas";

/** POST eligibility/training: rule B for one trainee's facts, under the version named or in force on the contract's signing date. */
export const evaluateTrainingEligibility: ApiOperation = async (request, { db, locale, city }): Promise<TrainingEligibilityResponse> => {
  const { policyVersion, ...facts } = parseOrRefuse(trainingEligibilityRequest, await readJsonBody(request));
  const policy = await refusingEligibilityErrorsAsync(() => choosePolicy(db, city.id, policyVersion, async () => policyInForceOn(facts.contractSignedOn, await loadPolicyVersions(db, city.id), "contractSignedOn")));
  const result = refusingEligibilityErrors(() => evaluateTrainingSubsidy(facts, policy));
  return { result: { ...result, reasons: [...result.reasons] }, policyVersion: publicPolicyVersion(policy), locale, explanation: explainResult(result, locale) };
};
