import type { Tx } from "@/lib/db";
import type { ClaimKindName, ClaimStatus } from "@/lib/claim-lifecycle";

export type { ClaimKindName };

/** What every decision needs of a claim of either kind: one row, read once per decision. */
export interface ClaimHead {
  kind: ClaimKindName;
  id: string;
  claimNo: string;
  /** The city whose bureau decides and pays it. */
  cityId: string;
  /** The applicant: the enterprise of an offshore claim, the institution of a training claim. */
  organisationId: string;
  claimYear: number;
  status: ClaimStatus;
  version: number;
  assignedReviewerId: string | null;
  /** The claim's policy version where the claim has one (offshore); training lines carry their own. */
  policyVersionId: string | null;
}

/** An approval's amount, recomputed from the stored inputs under the claim's policy version(s). */
/** What an approval's amount is computed on: the declared figures, or the total verified against the official data (issue 18). */
export type AmountBasis = "DECLARED" | "VERIFIED";

export interface ClaimEvaluation {
  amountFen: number;
  /** At or above the policy's four-eyes threshold: a second reviewer must approve. */
  fourEyes: boolean;
  /** Every employer registered in the portal has confirmed its contract (training lines). */
  employerConfirmed: boolean;
  /** Eligible, with an amount above zero. */
  somethingToGrant: boolean;
  /** What the decision row stores as the explanation the reviewer decided on. */
  record: unknown;
}

/** The status change a decision writes, in one UPDATE with the version bump. */
export interface ClaimUpdate {
  status: ClaimStatus;
  decidedAt?: Date;
  grantedFen?: number;
  assignedReviewerId?: string;
}

type Db = Tx;

/**
 * Everything that differs between the claim kinds, behind one interface: the review operations
 * (approve, second approval, reject, send back, assign) are written once against it. A new kind
 * of claim is one new file implementing this, registered in ./index.ts.
 */
export interface ClaimKindAdapter<E extends ClaimEvaluation = ClaimEvaluation> {
  readonly kind: ClaimKindName;
  /** AuditEntry.targetType for the claim. */
  readonly auditTargetType: "OffshoreClaim" | "TrainingClaim";
  /** The applicant's page of a claim of this kind (inbox items link there). */
  applicantHref(claimId: string): string;
  /** The column naming a claim of this kind on ReviewDecision, LedgerEntry and ClaimSubmission rows. */
  link(claimId: string): { offshoreClaimId: string } | { trainingClaimId: string };
  /** The column naming one of its lines on a ReviewComment. */
  lineLink(lineId: string): { offshoreLineId: string } | { trainingLineId: string };
  loadHead(db: Db, claimId: string): Promise<ClaimHead | null>;
  /** How many of these line ids are lines of the claim. */
  countLines(db: Db, claimId: string, lineIds: string[]): Promise<number>;
  /**
   * The amount an approval would grant now. With `lock` (inside a decision's transaction) the
   * rows that serialise grants are locked first, so the evaluation is the one the grant writes.
   * `basis` "VERIFIED" (offshore claims only, issue 18) evaluates on the total the official data
   * verify instead of the declared one.
   */
  evaluate(db: Db, head: ClaimHead, options: { lock: boolean; basis?: AmountBasis }): Promise<E>;
  /** Writes the ledger rows and puts them on the public notice, in the decision's transaction. */
  grant(tx: Db, head: ClaimHead, evaluation: E, actorId: string, now: Date): Promise<void>;
  /** The state change, only if the claim still has head.version and a status in `from`; false when it had not. */
  update(tx: Db, head: ClaimHead, from: ClaimStatus[], data: ClaimUpdate): Promise<boolean>;
  /** A status change by id alone (payments move the claims of a batch); bumps the version, returns the claim as it is now. */
  setStatus(tx: Db, claimId: string, status: ClaimStatus): Promise<ClaimHead>;
  /** What a rejection does besides the claim's status. */
  afterReject(tx: Db, head: ClaimHead): Promise<void>;
}
