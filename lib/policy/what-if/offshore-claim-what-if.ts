import { isGranted, isOpen, type ClaimStatus } from "@/lib/claim-lifecycle";
import { evaluateOffshoreIncentive, type EligibilityPolicy } from "@/lib/eligibility";
import { flippedReasons, mergeConditions } from "./changed-conditions";
import { whatIfOutcome, type WhatIfClaimOutcome, type WhatIfCondition } from "./what-if-types";

/** What a rule-A claim's comparison needs, read from the database (lib/policy/what-if/load-what-if-batch.ts). */
export interface OffshoreWhatIfFacts {
  claimId: string;
  claimNumber: string;
  organisationId: string;
  organisationName: string;
  district: string | null;
  claimYear: number;
  status: ClaimStatus;
  /** The year's executed offshore total of the claim's lines (what the decision sums). */
  offshoreUsdCents: number;
  /** The enterprise's rule-A ledger for the claim year without this claim's entries (offshoreGrantedFenForYear). */
  grantedOtherFen: number;
  /** This claim's own rule-A ledger entries, net of reversals: what was actually granted. */
  grantedOwnFen: number;
  /** The version the decision uses: the claim's own, else the one in force for its claim year. */
  claimPolicy: EligibilityPolicy;
}

/**
 * Rule A now and under the draft, with the same inputs: the decision's cap counts what the
 * enterprise was already granted that year by other claims. "Now" is the evaluation under the
 * claim's own version for an open claim, what the ledger holds for a granted one, 0 otherwise.
 */
export function offshoreClaimWhatIf(facts: OffshoreWhatIfFacts, draft: EligibilityPolicy): WhatIfClaimOutcome {
  const input = { claimYear: facts.claimYear, offshoreUsdCents: facts.offshoreUsdCents, grantedFenThisYear: facts.grantedOtherFen };
  const current = evaluateOffshoreIncentive(input, facts.claimPolicy);
  const proposed = evaluateOffshoreIncentive(input, draft);
  const granted = isGranted(facts.status);
  const nowFen = isOpen(facts.status) ? current.amountFen : granted ? facts.grantedOwnFen : 0;
  const draftFen = proposed.amountFen;

  const changed: WhatIfCondition[] = flippedReasons(current.reasons, proposed.reasons);
  // The rate matters where one side is not capped; the cap where one side is.
  const thresholdPassedBoth = current.entitlementFen > 0 && proposed.entitlementFen > 0;
  const uncappedSide = current.amountFen === current.entitlementFen || proposed.amountFen === proposed.entitlementFen;
  if (thresholdPassedBoth && uncappedSide && current.entitlementFen !== proposed.entitlementFen) mergeConditions(changed, ["RATE"]);
  const capBinds = current.amountFen < current.entitlementFen || proposed.amountFen < proposed.entitlementFen;
  if (capBinds && facts.claimPolicy.offshoreAnnualCapFen !== draft.offshoreAnnualCapFen) mergeConditions(changed, ["ANNUAL_CAP"]);

  return {
    claimId: facts.claimId,
    claimNumber: facts.claimNumber,
    kind: "OFFSHORE",
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
    trainees: [],
  };
}
