import type { ClaimKind, ClaimStatus, Role } from "@/lib/generated/prisma/enums";

// What a claim may do next, as data. Both claim kinds share ClaimStatus (the Prisma enum is the
// one list of statuses); a row names the kinds it applies to when it is not both.
//
// Pure: no Prisma client, no I/O. The domain operations still make every change with a
// conditional UPDATE (`where` status ∈ fromStatuses(event), version = the form's): this table
// says which changes exist; the UPDATE makes sure only one of two racing requests gets to make it.

export type { ClaimStatus };
export type ClaimKindName = ClaimKind;

// The values of the Prisma enums, written out so that this module imports no generated code at
// run time (client components may use it). The type checks below fail when the schema's enum
// gains or loses a value; the unit test compares them with the generated enum objects too.
export const CLAIM_STATUSES = Object.freeze([
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "AWAITING_SECOND_APPROVAL",
  "APPROVED",
  "IN_NOTICE",
  "PAYABLE",
  "PAID",
  "CLAWED_BACK",
  "REJECTED",
  "WITHDRAWN",
] as const satisfies readonly ClaimStatus[]);
export const CLAIM_KINDS = Object.freeze(["OFFSHORE", "TRAINING"] as const satisfies readonly ClaimKindName[]);

type Exhaustive<All, Listed extends All> = [Exclude<All, Listed>] extends [never] ? true : never;
const statusesComplete: Exhaustive<ClaimStatus, (typeof CLAIM_STATUSES)[number]> = true;
const kindsComplete: Exhaustive<ClaimKindName, (typeof CLAIM_KINDS)[number]> = true;
void statusesComplete;
void kindsComplete;

export type ClaimEvent =
  /** The applicant sends a draft, or a claim sent back for changes, to the bureau. */
  | "submit"
  /** The applicant takes a claim back before review starts (a training institution also a draft). */
  | "withdraw"
  /** A withdrawn offshore claim becomes a draft again (one claim per enterprise and year). */
  | "reopen"
  /** "Assign to me": a reviewer takes the claim; a submitted one is then under review. */
  | "assign"
  /** First approval: granted now, or held for a second reviewer at or above the four-eyes threshold. */
  | "approve"
  /** Four eyes: the second, different reviewer approves; only now is the claim granted. */
  | "secondApprove"
  | "reject"
  /** Back to the applicant with comments. */
  | "requestChanges"
  /** A payment batch takes the claim's grants once their notice period has ended. */
  | "batchForPayment"
  /** The bank confirmed the batch and every grant of the claim is paid. */
  | "markPaid"
  /**
   * The bureau takes paid money back (false documents, double funding). Any clawed-back item
   * moves the whole claim: a training claim with one line clawed back is no longer "paid" as
   * the applicant was told, and one status per claim must say so; the claim page lists which
   * items were clawed back, with amount and reason, and the rest stays paid in the ledger.
   */
  | "clawBack";

export const CLAIM_EVENTS: readonly ClaimEvent[] = Object.freeze([
  "submit",
  "withdraw",
  "reopen",
  "assign",
  "approve",
  "secondApprove",
  "reject",
  "requestChanges",
  "batchForPayment",
  "markPaid",
  "clawBack",
] as const);

/**
 * Who may cause an event: a member of the claim's own organisation (an enterprise for an
 * offshore claim, a training institution for a training claim), any reviewer, or a reviewer
 * allowed to release payments.
 */
export type ClaimActorKind = "applicant" | "reviewer" | "paymentReleaser";

/**
 * Facts a transition may depend on, established by the caller (from the database or the
 * eligibility module) and passed in as booleans; the table says which values allow the move.
 */
export type GuardFact =
  /** No reviewer assigned and no decision recorded yet. */
  | "notStarted"
  /** Every line's employer registered in the portal has confirmed the contract. */
  | "employerConfirmed"
  /** The amount recomputed now, under the claim's policy version, is above zero. */
  | "somethingToGrant"
  /** That amount is at or above the policy's four-eyes threshold. */
  | "fourEyes"
  /** The reviewer is not the one who gave the first approval. */
  | "otherReviewer"
  /** No grant of the claim is left unpaid. */
  | "allGrantsPaid";

export type GuardFacts = Partial<Record<GuardFact, boolean>>;

export interface ClaimTransition {
  from: ClaimStatus;
  event: ClaimEvent;
  to: ClaimStatus;
  by: ClaimActorKind;
  /** The facts (in the order they are checked) that must have these values; none: always. */
  when?: Readonly<GuardFacts>;
  /** The kinds the row applies to; absent: both. */
  kinds?: readonly ClaimKindName[];
}

const GRANTABLE = { employerConfirmed: true, somethingToGrant: true } as const;

export const CLAIM_TRANSITIONS: readonly ClaimTransition[] = Object.freeze([
  { from: "DRAFT", event: "submit", to: "SUBMITTED", by: "applicant" },
  { from: "CHANGES_REQUESTED", event: "submit", to: "SUBMITTED", by: "applicant" },

  { from: "SUBMITTED", event: "withdraw", to: "WITHDRAWN", by: "applicant", when: { notStarted: true } },
  { from: "DRAFT", event: "withdraw", to: "WITHDRAWN", by: "applicant", kinds: ["TRAINING"] },
  { from: "WITHDRAWN", event: "reopen", to: "DRAFT", by: "applicant", kinds: ["OFFSHORE"] },

  { from: "SUBMITTED", event: "assign", to: "UNDER_REVIEW", by: "reviewer" },
  { from: "UNDER_REVIEW", event: "assign", to: "UNDER_REVIEW", by: "reviewer" },
  { from: "AWAITING_SECOND_APPROVAL", event: "assign", to: "AWAITING_SECOND_APPROVAL", by: "reviewer" },

  { from: "SUBMITTED", event: "approve", to: "IN_NOTICE", by: "reviewer", when: { ...GRANTABLE, fourEyes: false } },
  { from: "SUBMITTED", event: "approve", to: "AWAITING_SECOND_APPROVAL", by: "reviewer", when: { ...GRANTABLE, fourEyes: true } },
  { from: "UNDER_REVIEW", event: "approve", to: "IN_NOTICE", by: "reviewer", when: { ...GRANTABLE, fourEyes: false } },
  { from: "UNDER_REVIEW", event: "approve", to: "AWAITING_SECOND_APPROVAL", by: "reviewer", when: { ...GRANTABLE, fourEyes: true } },
  { from: "AWAITING_SECOND_APPROVAL", event: "secondApprove", to: "IN_NOTICE", by: "reviewer", when: { otherReviewer: true, ...GRANTABLE } },

  { from: "SUBMITTED", event: "reject", to: "REJECTED", by: "reviewer" },
  { from: "UNDER_REVIEW", event: "reject", to: "REJECTED", by: "reviewer" },
  { from: "AWAITING_SECOND_APPROVAL", event: "reject", to: "REJECTED", by: "reviewer" },

  { from: "SUBMITTED", event: "requestChanges", to: "CHANGES_REQUESTED", by: "reviewer" },
  { from: "UNDER_REVIEW", event: "requestChanges", to: "CHANGES_REQUESTED", by: "reviewer" },
  { from: "AWAITING_SECOND_APPROVAL", event: "requestChanges", to: "CHANGES_REQUESTED", by: "reviewer" },

  { from: "IN_NOTICE", event: "batchForPayment", to: "PAYABLE", by: "paymentReleaser" },
  { from: "PAYABLE", event: "markPaid", to: "PAID", by: "paymentReleaser", when: { allGrantsPaid: true } },

  // A paid item can be clawed back while another grant of the claim still waits (PAYABLE: one
  // item failed and went back to the pool), once all are paid (PAID), or again (CLAWED_BACK).
  { from: "PAYABLE", event: "clawBack", to: "CLAWED_BACK", by: "paymentReleaser" },
  { from: "PAID", event: "clawBack", to: "CLAWED_BACK", by: "paymentReleaser" },
  { from: "CLAWED_BACK", event: "clawBack", to: "CLAWED_BACK", by: "paymentReleaser" },
] satisfies ClaimTransition[]);

function appliesTo(row: ClaimTransition, kind: ClaimKindName | undefined): boolean {
  return kind === undefined || !row.kinds || row.kinds.includes(kind);
}

/** The table's rows for a status and an event (for a kind: only the rows that apply to it). */
export function transitionsFrom(status: ClaimStatus, event: ClaimEvent, kind?: ClaimKindName): ClaimTransition[] {
  return CLAIM_TRANSITIONS.filter((t) => t.from === status && t.event === event && appliesTo(t, kind));
}

/** The table's rows for an event (for a kind: only the rows that apply to it). */
export function transitionsOf(event: ClaimEvent, kind?: ClaimKindName): ClaimTransition[] {
  return CLAIM_TRANSITIONS.filter((t) => t.event === event && appliesTo(t, kind));
}

/** The statuses an event may start from: what the domain operation's conditional UPDATE requires. */
export function fromStatuses(event: ClaimEvent, kind?: ClaimKindName): ClaimStatus[] {
  return [...new Set(CLAIM_TRANSITIONS.filter((t) => t.event === event && appliesTo(t, kind)).map((t) => t.from))];
}

/** The one status an event leads to when it has a single target (all but approve and assign). */
export function targetStatus(event: Exclude<ClaimEvent, "approve" | "assign">): ClaimStatus {
  const targets = new Set(CLAIM_TRANSITIONS.filter((t) => t.event === event).map((t) => t.to));
  if (targets.size !== 1) throw new Error(`claim event ${event} has ${targets.size} target statuses`);
  return [...targets][0]!;
}

export type TransitionOutcome =
  | { ok: true; to: ClaimStatus; transition: ClaimTransition }
  /** `refusedBy`: the guard fact that did not hold; absent when the event is not allowed from the status at all. */
  | { ok: false; refusedBy?: GuardFact };

function firstFailing(row: ClaimTransition, facts: GuardFacts): GuardFact | undefined {
  for (const [fact, wanted] of Object.entries(row.when ?? {}) as Array<[GuardFact, boolean]>) {
    if ((facts[fact] ?? false) !== wanted) return fact;
  }
  return undefined;
}

/**
 * Where an event takes a claim of this kind and status, given the facts. Refused when the table
 * has no row for (kind, status, event), or when no row's facts hold: then `refusedBy` is the
 * first fact that failed in the first row, so the caller can say why (nothing to grant, same
 * reviewer, ...). A fact not given counts as false.
 */
export function nextStatus(kind: ClaimKindName, from: ClaimStatus, event: ClaimEvent, facts: GuardFacts = {}): TransitionOutcome {
  const rows = transitionsFrom(from, event, kind);
  if (rows.length === 0) return { ok: false };
  for (const row of rows) {
    if (firstFailing(row, facts) === undefined) return { ok: true, to: row.to, transition: row };
  }
  return { ok: false, refusedBy: firstFailing(rows[0]!, facts) };
}

/** Whether the event is possible at all from the status (guards aside): what a page asks before offering a button. */
export function allows(kind: ClaimKindName, from: ClaimStatus, event: ClaimEvent): boolean {
  return transitionsFrom(from, event, kind).length > 0;
}

/** The roles that may act as `by` on a claim of `kind` (a payment releaser is a reviewer with the release right). */
export function rolesFor(by: ClaimActorKind, kind: ClaimKindName): Role[] {
  if (by === "applicant") return kind === "OFFSHORE" ? ["ENTERPRISE_MEMBER"] : ["INSTITUTION_MEMBER"];
  return ["REVIEWER"];
}

/** Whether this actor may cause the event on a claim of `kind` (the organisation's own claim is the caller's check). */
export function mayCause(actor: { role: string; canReleasePayments?: boolean }, event: ClaimEvent, kind: ClaimKindName): boolean {
  const kinds = new Set(CLAIM_TRANSITIONS.filter((t) => t.event === event && appliesTo(t, kind)).map((t) => t.by));
  return [...kinds].some((by) => (rolesFor(by, kind) as string[]).includes(actor.role) && (by !== "paymentReleaser" || actor.canReleasePayments === true));
}
