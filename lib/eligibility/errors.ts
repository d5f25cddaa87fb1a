// Typed errors so forms and server actions can tell bad input (show it next to the field)
// from bugs (log it). Bad input never yields an amount: it throws one of these instead.

export type EligibilityInputErrorCode =
  | "MISSING"
  | "NOT_AN_OBJECT"
  | "NOT_A_BOOLEAN"
  | "NOT_A_STRING"
  | "NOT_AN_INTEGER"
  | "NEGATIVE"
  | "OUT_OF_RANGE"
  | "INVALID_DATE"
  | "INVALID_MONEY_TEXT"
  | "INVALID_IDENTIFIER"
  | "NO_POLICY_IN_FORCE";

export class EligibilityInputError extends Error {
  override readonly name: string = "EligibilityInputError";
  /** Path of the offending field, e.g. "offshoreUsdCents" or "lines[2].executedUsdCents". */
  readonly field: string;
  readonly code: EligibilityInputErrorCode;
  /** Key in the "eligibility" message namespace, for showing the error beside the field. */
  readonly messageKey: string;
  readonly messageParams: Record<string, string>;

  constructor(
    field: string,
    code: EligibilityInputErrorCode,
    detail: string,
    messageParams: Record<string, string> = {},
  ) {
    super(`${field}: ${detail}`);
    this.field = field;
    this.code = code;
    this.messageKey = `errors.${code}`;
    this.messageParams = { field, ...messageParams };
  }
}

/**
 * A claim year or signing date before the first policy version (or in a gap between
 * versions). It is bad input from the applicant's point of view, hence the subclass.
 */
export class NoPolicyInForceError extends EligibilityInputError {
  override readonly name: string = "NoPolicyInForceError";
  /** The calendar date that was looked up (1 January of the claim year for rule A). */
  readonly date: string;

  constructor(field: string, date: string) {
    super(field, "NO_POLICY_IN_FORCE", `no policy version is in force on ${date}`, { date });
    this.date = date;
  }
}
