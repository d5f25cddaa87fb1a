import type { ClaimKindName, ClaimStatus } from "@/lib/claim-lifecycle";
import type { ReasonCode } from "@/lib/eligibility";

/**
 * Where a claim (or an enterprise, or a trainee) ends up under the draft, one value each, so the
 * five add up to the number compared. "Eligible" means an amount above zero:
 * - BECOMES_ELIGIBLE: now 0, draft > 0;
 * - BECOMES_INELIGIBLE: now > 0, draft 0;
 * - GAIN: eligible both ways, draft > now;
 * - LOSE: eligible both ways, draft < now;
 * - UNCHANGED: the same amount (0 both ways included).
 */
export type WhatIfOutcome = "BECOMES_ELIGIBLE" | "GAIN" | "UNCHANGED" | "LOSE" | "BECOMES_INELIGIBLE";
export const WHAT_IF_OUTCOMES: readonly WhatIfOutcome[] = Object.freeze(["BECOMES_ELIGIBLE", "GAIN", "UNCHANGED", "LOSE", "BECOMES_INELIGIBLE"]);

/**
 * What changed the amount: a reason code whose `passed` flipped between the claim's own policy
 * and the draft, or a parameter that changed the amount without flipping a condition:
 * RATE (rule A's fen per USD changed the entitlement), ANNUAL_CAP (the cap limits the amount on
 * one side and the draft's cap differs), TRAINING_AMOUNT (rule B's amounts per trainee changed).
 */
export type WhatIfCondition = ReasonCode | "RATE" | "TRAINING_AMOUNT";

/** One trainee line's trainee subsidy (not the institution's), for the trainee counts. */
export interface WhatIfTraineeOutcome {
  personId: string;
  nowFen: number;
  draftFen: number;
}

/** One claim compared: "now" is what it gets today, "draft" what it would get under the draft. */
export interface WhatIfClaimOutcome {
  claimId: string;
  claimNumber: string;
  kind: ClaimKindName;
  /** The applicant: the enterprise (offshore) or the training institution (training). */
  organisationId: string;
  organisationName: string;
  /** The organisation's district code; null when unknown. */
  district: string | null;
  claimYear: number;
  status: ClaimStatus;
  nowFen: number;
  draftFen: number;
  differenceFen: number;
  changedConditions: WhatIfCondition[];
  outcome: WhatIfOutcome;
  /** Already granted: its nowFen is in the ledger, so in the year's "already granted" too. */
  granted: boolean;
  /** Training claims: one per line; offshore: none. */
  trainees: WhatIfTraineeOutcome[];
}

/** What a run keeps of a changed claim (WhatIfRunRow). */
export type WhatIfRow = Omit<WhatIfClaimOutcome, "granted" | "trainees">;

export function whatIfOutcome(nowFen: number, draftFen: number): WhatIfOutcome {
  if (nowFen <= 0 && draftFen > 0) return "BECOMES_ELIGIBLE";
  if (nowFen > 0 && draftFen <= 0) return "BECOMES_INELIGIBLE";
  if (draftFen > nowFen) return "GAIN";
  if (draftFen < nowFen) return "LOSE";
  return "UNCHANGED";
}

/** A row is kept when the draft changes the claim's amount (and so, with it, any change of eligibility). */
export function isChanged(outcome: Pick<WhatIfClaimOutcome, "nowFen" | "draftFen">): boolean {
  return outcome.nowFen !== outcome.draftFen;
}

export function toRow(o: WhatIfClaimOutcome): WhatIfRow {
  return {
    claimId: o.claimId,
    claimNumber: o.claimNumber,
    kind: o.kind,
    organisationId: o.organisationId,
    organisationName: o.organisationName,
    district: o.district,
    claimYear: o.claimYear,
    status: o.status,
    nowFen: o.nowFen,
    draftFen: o.draftFen,
    differenceFen: o.differenceFen,
    changedConditions: o.changedConditions,
    outcome: o.outcome,
  };
}
