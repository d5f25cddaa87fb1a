import { CLAIM_STATUSES, fromStatuses, type ClaimStatus } from "./transitions";

// The named groups of statuses the rest of the portal asks about. The ones that are "where an
// event may start" are read off the transition table, so they cannot drift from it; the others
// describe where a claim stands. Typed as plain arrays (Prisma's `in` wants a mutable array) but
// frozen: nothing may change them.

function group(statuses: readonly ClaimStatus[]): ClaimStatus[] {
  return Object.freeze([...statuses]) as ClaimStatus[];
}

function complement(statuses: readonly ClaimStatus[]): ClaimStatus[] {
  return group(CLAIM_STATUSES.filter((s) => !statuses.includes(s)));
}

/** The applicant may edit the claim (its lines, evidence, declaration): a draft, or one sent back. */
export const EDITABLE_STATUSES = group(fromStatuses("submit"));

/** A reviewer may give the first decision: approve, or (with the next group) reject or send back. */
export const DECIDABLE_STATUSES = group(fromStatuses("approve"));

/** Before the bureau and not decided yet: a reviewer may take it, reject it or send it back. */
export const UNDECIDED_STATUSES = group(fromStatuses("reject"));

/** Never (or no longer) before the bureau: a reviewer's read of one is a 404, the figures leave them out. */
export const APPLICANT_ONLY_STATUSES = group(["DRAFT", "WITHDRAWN"]);

/** Everything a reviewer sees in the queue and may open: all but the applicant's own. */
export const REVIEWABLE_STATUSES = complement(APPLICANT_ONLY_STATUSES);

/**
 * Approved: the grant is (or, for the legacy APPROVED, was to be) written. A clawed-back claim
 * stays granted: the decision was to grant (its notice says so); the claw-back is a reversal in
 * the ledger, not a new decision. It stays live too, so its contracts and persons cannot be
 * claimed again by someone else.
 */
export const GRANTED_STATUSES = group(["APPROVED", "IN_NOTICE", "PAYABLE", "PAID", "CLAWED_BACK"]);

/** Decided one way or the other: the claim has a decision notice. */
export const DECIDED_STATUSES = group([...GRANTED_STATUSES, "REJECTED"]);

/**
 * Before the bureau and not decided yet, including a claim sent back for changes (it comes back
 * for a decision): the claims a policy what-if reruns as "open". Reviewable minus decided.
 */
export const OPEN_STATUSES = group(REVIEWABLE_STATUSES.filter((s) => !DECIDED_STATUSES.includes(s)));

/** Ended without a grant. Its contract numbers may be claimed again by someone else. */
export const CLOSED_STATUSES = group(["WITHDRAWN", "REJECTED"]);

/**
 * Holding nothing: a draft, a withdrawn or a rejected claim. Its trainees' records may be edited
 * and its persons and contracts do not make another claim a duplicate.
 */
export const UNLOCKED_STATUSES = group(["DRAFT", ...CLOSED_STATUSES]);

/** Live: before the bureau or granted; the complement of UNLOCKED_STATUSES. */
export const LIVE_STATUSES = complement(UNLOCKED_STATUSES);

/**
 * The bureau still owes the applicant something: a decision (open, sent back, awaiting a second
 * approval) or the money of a grant (approved, in notice, payable). Live minus the settled ends:
 * paid, or clawed back. An organisation with such a claim may not move city (lib/organisations/
 * move-organisation.ts): the decision, notice and payment belong to the registration it was filed with.
 */
export const UNSETTLED_STATUSES = group(LIVE_STATUSES.filter((s) => s !== "PAID" && s !== "CLAWED_BACK"));

const has = (statuses: readonly ClaimStatus[]) => (status: ClaimStatus | string) => (statuses as readonly string[]).includes(status);

export const isEditable = has(EDITABLE_STATUSES);
export const isDecidable = has(DECIDABLE_STATUSES);
export const isUndecided = has(UNDECIDED_STATUSES);
export const isApplicantOnly = has(APPLICANT_ONLY_STATUSES);
export const isReviewable = has(REVIEWABLE_STATUSES);
export const isGranted = has(GRANTED_STATUSES);
export const isDecided = has(DECIDED_STATUSES);
export const isLive = has(LIVE_STATUSES);
export const isOpen = has(OPEN_STATUSES);

/** Single statuses pages and operations ask about by name. */
export const isDraft = (status: ClaimStatus | string) => status === "DRAFT";
export const isWithdrawn = (status: ClaimStatus | string) => status === "WITHDRAWN";
export const isRejected = (status: ClaimStatus | string) => status === "REJECTED";
export const isChangesRequested = (status: ClaimStatus | string) => status === "CHANGES_REQUESTED";
export const isClawedBack = (status: ClaimStatus | string) => status === "CLAWED_BACK";
export const isAwaitingSecondApproval = (status: ClaimStatus | string) => status === "AWAITING_SECOND_APPROVAL";

/**
 * A status list as one SQL literal for raw queries: an enum-array parameter text (`{A,B}`, cast
 * by the caller to "ClaimStatus"[]: PGlite's adapter sends JS arrays only for built-in types).
 */
export function statusArrayLiteral(statuses: readonly ClaimStatus[]): string {
  return `{${statuses.join(",")}}`;
}
