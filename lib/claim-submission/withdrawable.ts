import { nextStatus, transitionsOf, type ClaimKindName, type ClaimStatus } from "@/lib/claim-lifecycle";

/**
 * The withdrawal's conditions as a `where` (an OR over the transition table's withdraw rows for
 * the kind), so the UPDATE itself checks them: a reviewer picking the claim up at the same
 * moment wins or loses cleanly. "Not started": nobody assigned, no decision recorded.
 */
export function withdrawableWhere(kind: ClaimKindName): Array<{ status: ClaimStatus; assignedReviewerId?: null; decisions?: { none: object } }> {
  return transitionsOf("withdraw", kind).map((t) => (t.when?.notStarted ? { status: t.from, assignedReviewerId: null, decisions: { none: {} } } : { status: t.from }));
}

/** Whether a page should offer withdrawal (the operation re-checks all of it). */
export function canWithdrawClaim(kind: ClaimKindName, claim: { status: ClaimStatus; assignedReviewerId: string | null }, decisionCount: number): boolean {
  return nextStatus(kind, claim.status, "withdraw", { notStarted: claim.assignedReviewerId === null && decisionCount === 0 }).ok;
}
