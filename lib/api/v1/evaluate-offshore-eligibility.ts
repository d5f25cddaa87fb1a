import { evaluateOffshoreIncentive } from "@/lib/eligibility";
import { policyForClaimYear } from "@/lib/policy/load-policy-versions";
import { parseOrRefuse, refusingEligibilityErrors, refusingEligibilityErrorsAsync } from "../parse-or-refuse";
import type { ApiOperation } from "../public-endpoint";
import { publicPolicyVersion } from "./public-policy-version";
import { readJsonBody } from "../read-json-body";
import { choosePolicy } from "./choose-policy";
import { explainResult } from "./explain-result";
import { offshoreEligibilityRequest, type OffshoreEligibilityResponse } from "./schemas";

/** POST eligibility/offshore: rule A for the facts in the body, under the version named or in force on 1 January of the claim year. */
export const evaluateOffshoreEligibility: ApiOperation = async (request, { db, locale, city }): Promise<OffshoreEligibilityResponse> => {
  const { policyVersion, ...facts } = parseOrRefuse(offshoreEligibilityRequest, await readJsonBody(request));
  const policy = await refusingEligibilityErrorsAsync(() => choosePolicy(db, city.id, policyVersion, () => policyForClaimYear(db, city.id, facts.claimYear)));
  const result = refusingEligibilityErrors(() => evaluateOffshoreIncentive(facts, policy));
  return { result: { ...result, reasons: [...result.reasons] }, policyVersion: publicPolicyVersion(policy), locale, explanation: explainResult(result, locale) };
};
