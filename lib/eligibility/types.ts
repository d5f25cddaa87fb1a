// Shared shapes of the eligibility module. Everything here is plain JSON-serialisable data
// (no bigint, no Date) so a result can be stored as-is in a claim's `evaluation` column and
// rendered again later exactly as the applicant saw it.

export type EligibilityLocale = "zh-CN" | "en";

/** A calendar date in China Standard Time, `YYYY-MM-DD`, no time of day. */
export type IsoDate = string;

export type OffshoreReasonCode = "OFFSHORE_THRESHOLD" | "ANNUAL_CAP";

export type TrainingReasonCode =
  | "COLLEGE_STUDENT"
  | "TRAINING_DURATION"
  | "EXAM_CERTIFICATE"
  | "CONTRACT_TERM"
  | "CONTRACT_AFTER_TRAINING"
  | "EMPLOYER_SERVICE_OUTSOURCING"
  | "DUPLICATE_PERSON";

export type ReasonCode = OffshoreReasonCode | TrainingReasonCode;

export type ReasonScalar = string | number | boolean | null;
export type ReasonValue = ReasonScalar | { readonly [key: string]: ReasonScalar };

/**
 * A message in the "eligibility" namespace of messages/<locale>/eligibility.json.
 * Params are already formatted strings, so next-intl and `renderMessage` print the same text.
 */
export interface LocalisedMessage {
  readonly messageKey: string;
  readonly messageParams: Readonly<Record<string, string>>;
}

export interface Reason<C extends ReasonCode = ReasonCode> extends LocalisedMessage {
  readonly code: C;
  readonly passed: boolean;
  /** The value the condition tested (raw: cents, fen, dates, booleans). */
  readonly value: ReasonValue;
  /** The policy parameter or limit it was compared with (raw). */
  readonly parameter: ReasonValue;
}

/**
 * Parameters of one policy version. Mirrors the PolicyVersion table; see
 * `policyVersionFromRow` / `policyVersionToRow` for the conversion.
 */
export interface EligibilityPolicy {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly effectiveFrom: IsoDate;
  /** Last day in force (inclusive); null = open-ended. */
  readonly effectiveTo: IsoDate | null;
  readonly offshoreThresholdUsdCents: number;
  readonly offshoreFenPerUsd: number;
  readonly offshoreAnnualCapFen: number;
  readonly trainingMinMonths: number;
  readonly contractMinMonths: number;
  readonly traineeFenNanchang: number;
  readonly institutionFenNanchang: number;
  readonly traineeFenElsewhere: number;
  readonly institutionFenElsewhere: number;
  readonly fourEyesThresholdFen: number;
  readonly noticePeriodWorkingDays: number;
  // Issue 18: the risk signals' thresholds (lib/verification/risk-signals.ts) and the
  // reconciliation's tolerance. They never change an amount: signals inform a reviewer.
  /** A foreign client paying this many claimants or more in one claim year. */
  readonly riskSharedClientClaimants: number;
  /** Round amounts: at least this many lines... */
  readonly riskRoundAmountMinLines: number;
  /** ...of which at least this share (basis points) are whole multiples of riskRoundUnitUsdCents. */
  readonly riskRoundAmountShareBasisPoints: number;
  readonly riskRoundUnitUsdCents: number;
  /** A claim within this share (basis points) under the four-eyes threshold. */
  readonly riskJustUnderFourEyesBasisPoints: number;
  /** This many employer confirmations from one account within riskConfirmationBurstMinutes. */
  readonly riskConfirmationBurstCount: number;
  readonly riskConfirmationBurstMinutes: number;
  /** A line's executed amount may differ from the statistics record by this share (basis points) of the declared amount. */
  readonly reconciliationToleranceBasisPoints: number;
}

export interface OffshoreIncentiveInput {
  readonly claimYear: number;
  readonly offshoreUsdCents: number;
  /** Already granted to this enterprise for the claim year, in fen. Default 0. */
  readonly grantedFenThisYear?: number | undefined;
}

export interface OffshoreIncentiveResult {
  readonly eligible: boolean;
  /** The rule's amount before the annual cap (0 when the threshold is not passed). */
  readonly entitlementFen: number;
  /** What may be paid now, after the cap and earlier grants. */
  readonly amountFen: number;
  readonly policyVersionId: string;
  readonly reasons: readonly Reason<OffshoreReasonCode>[];
  /** The readable calculation ("1,234,567.00 USD x 0.2 = ..."), see `explainCalculation`. */
  readonly calculation: LocalisedMessage;
}

export interface TrainingSubsidyInput {
  readonly isCollegeStudent: boolean;
  readonly trainingStart: IsoDate;
  readonly trainingEnd: IsoDate;
  readonly passedExam: boolean;
  readonly certificateNo: string | null;
  readonly contractSignedOn: IsoDate;
  readonly contractStart: IsoDate;
  readonly contractEnd: IsoDate;
  readonly employerIsServiceOutsourcing: boolean;
  readonly employerInNanchang: boolean;
  readonly alreadySubsidised: boolean;
}

export interface TrainingSubsidyResult {
  readonly eligible: boolean;
  readonly traineeFen: number;
  readonly institutionFen: number;
  readonly policyVersionId: string;
  readonly reasons: readonly Reason<TrainingReasonCode>[];
  readonly calculation: LocalisedMessage;
}
