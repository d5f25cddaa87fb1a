// Public surface of the eligibility module: pure functions, no I/O, no database, safe to
// import in the browser and on the server. Nothing else in the project computes an amount.

export { evaluateOffshoreIncentive } from "./offshore-incentive";
export { evaluateTrainingSubsidy } from "./training-subsidy";

export {
  BUILT_IN_POLICY_VERSIONS,
  DEFAULT_VERIFICATION_PARAMETERS,
  policyInForceForClaimYear,
  policyInForceOn,
  policyVersionFromRow,
  policyVersionToRow,
  requiresSecondReviewer,
  validatePolicy,
} from "./policy-versions";
export type { PolicyVersionRow, PolicyVersionRowData } from "./policy-versions";

export {
  DEFAULT_LOCALE,
  ELIGIBILITY_MESSAGES,
  explainCalculation,
  explainReason,
  reasonLabel,
  renderLocalisedMessage,
  renderMessage,
} from "./explain";
export type { MessageTree } from "./explain";

export {
  addCalendarMonths,
  compareIsoDates,
  daysInMonth,
  dbDateFromIsoDate,
  formatIsoDate,
  isLeapYear,
  isoDateFromDbDate,
  isValidIsoDate,
  parseIsoDate,
  todayInChina,
  tryParseIsoDate,
} from "./calendar";
export type { CalendarDate } from "./calendar";

export {
  fenFromUsdCents,
  formatFen,
  formatFenPerUsd,
  formatMinorUnits,
  formatUsdCents,
  minorUnitsToBigInt,
  minorUnitsToNumber,
  parseMoneyToMinor,
} from "./money";
export type { MinorUnits } from "./money";

export { sumExecutedUsdCents, sumMinorUnits, sumTrainingClaimLines } from "./claim-totals";
export type { TrainingClaimTotals } from "./claim-totals";

export {
  checkCreditCode,
  checkResidentId,
  isNanchangCreditCode,
  isValidCreditCode,
  isValidResidentId,
  makeCreditCode,
  makeResidentId,
  maskResidentId,
  normaliseCreditCode,
  normaliseResidentId,
} from "./identifiers";
export type { CreditCodeCheck, CreditCodeError, ResidentIdCheck, ResidentIdError } from "./identifiers";

export { EligibilityInputError, NoPolicyInForceError } from "./errors";
export type { EligibilityInputErrorCode } from "./errors";

export type {
  EligibilityLocale,
  EligibilityPolicy,
  IsoDate,
  LocalisedMessage,
  OffshoreIncentiveInput,
  OffshoreIncentiveResult,
  OffshoreReasonCode,
  Reason,
  ReasonCode,
  ReasonScalar,
  ReasonValue,
  TrainingReasonCode,
  TrainingSubsidyInput,
  TrainingSubsidyResult,
} from "./types";
