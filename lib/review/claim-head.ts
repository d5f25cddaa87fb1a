import type { Prisma } from "@/lib/generated/prisma/client";
import type { FormErrorCode } from "@/lib/errors/error-codes";
import { allows, fromStatuses, isReviewable, nextStatus, type ClaimEvent, type ClaimStatus, type GuardFact, type GuardFacts } from "@/lib/claim-lifecycle";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { StaffActor } from "@/lib/auth/actors";
import { claimKind, type ClaimHead, type ClaimKindAdapter, type ClaimKindName, type ClaimUpdate } from "./claim-kinds";

export type { ClaimHead, ClaimKindName };

/** The events a reviewer causes (lib/claim-lifecycle's table says from which statuses). */
export type ReviewEvent = Extract<ClaimEvent, "assign" | "approve" | "secondApprove" | "reject" | "requestChanges">;

/**
 * Reads the claim once for a decision, through its kind's adapter. Another city's claim, a draft
 * or a withdrawn claim is not found (the first is another bureau's, the others the applicant's);
 * a form rendered for another version is stale; a claim the event does not apply to (by the
 * transition table) is not decidable.
 */
export async function loadClaimForDecision(
  tx: Prisma.TransactionClient,
  reviewer: StaffActor,
  kind: ClaimKindName,
  claimId: string,
  version: number,
  event: ReviewEvent,
): Promise<{ head: ClaimHead; claims: ClaimKindAdapter }> {
  const claims = claimKind(kind);
  const head = await claims.loadHead(tx, claimId);
  if (!head || head.cityId !== reviewer.cityId || !isReviewable(head.status)) throw new NotFoundError();
  if (head.version !== version) throw new DomainError("staleForm");
  if (!allows(kind, head.status, event)) throw new DomainError("claimNotDecidable");
  return { head, claims };
}

/** The error a reviewer sees when a guard of the transition table does not hold. */
const REFUSAL: Partial<Record<GuardFact, FormErrorCode>> = {
  employerConfirmed: "employerNotConfirmed",
  somethingToGrant: "nothingToGrant",
  otherReviewer: "sameReviewer",
};

/**
 * Where the event takes the claim, given the facts the decision established. A refusal may be
 * the trace of a racing decision that committed while this one waited for a lock (its grants
 * then leave nothing to grant here), so the claim is read again first: if it moved meanwhile,
 * the form is stale, as it would be at the conditional UPDATE. (Only refusals pay that read.)
 */
export async function resolveTransition(
  tx: Prisma.TransactionClient,
  claims: ClaimKindAdapter,
  head: ClaimHead,
  event: ReviewEvent,
  facts: GuardFacts = {},
): Promise<ClaimStatus> {
  const outcome = nextStatus(head.kind, head.status, event, facts);
  if (outcome.ok) return outcome.to;
  const current = await claims.loadHead(tx, head.id);
  if (!current || current.version !== head.version) throw new DomainError("staleForm");
  throw new DomainError((outcome.refusedBy && REFUSAL[outcome.refusedBy]) || "claimNotDecidable");
}

/**
 * The state change itself: status, amount, reviewer and version in one UPDATE, conditional on
 * the version read and on a status the event may start from. Of two racing decisions only one
 * matches; the other is refused as stale and its transaction rolls back. Returns the new version.
 */
export async function transitionClaim(
  tx: Prisma.TransactionClient,
  claims: ClaimKindAdapter,
  head: ClaimHead,
  event: ReviewEvent,
  data: ClaimUpdate,
): Promise<number> {
  if (!(await claims.update(tx, head, fromStatuses(event, head.kind), data))) throw new DomainError("staleForm");
  return head.version + 1;
}
