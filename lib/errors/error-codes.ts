/**
 * Every code a domain operation may throw (DomainError takes only these), grouped by where the
 * forms look its message up. error-codes.test.ts checks that each has a message in both languages,
 * so a new code cannot reach a form as the generic "invalid" or "unexpected".
 */

/** Refusals of the whole form, shown by FormError from messages/<locale>/errors.json. */
export const FORM_ERROR_CODES = [
  "alreadyReversed",
  "bankAccountChangeNotPending",
  "bankAccountMissing",
  "batchAlreadyPaid",
  "batchNotExported",
  "calendarYearMissing",
  "cannotDisableSelf",
  "claimNotDecidable",
  "claimNotEditable",
  "claimNotWithdrawable",
  "conflictOfInterest",
  "duplicatePersonInClaim",
  "emailTaken",
  "employerNotConfirmed",
  "employmentAlreadyConfirmed",
  "emptyBatch",
  "forbidden",
  "grantInBatch",
  "invitationExpired",
  "invitationInvalid",
  "invitationUsed",
  "itemInNotice",
  "licenceMissing",
  "lineEvidenceMissing",
  "lineNotEligible",
  "noLines",
  "noPolicyInForce",
  "notAGrant",
  "notEligible",
  "notFound",
  "nothingToGrant",
  "noticeNotOpen",
  "organisationClosed",
  "organisationHasWorkInProgress",
  "organisationNotAwaitingVetting",
  "organisationNotVetted",
  "ownRoleGrant",
  "payeeBankMissing",
  "payeeBankUnconfirmed",
  "paymentItemNotPaid",
  "paymentItemNotPending",
  "paymentRoleNotApplicable",
  "personAlreadySubsidised",
  "policyDraftChanged",
  "policyEffectiveDateNoLongerAllowed",
  "policyNotDraft",
  "policyPublisherIsAuthor",
  "roleGrantNotPending",
  "roleGrantPending",
  "sameReviewer",
  "staffPostActive",
  "staleForm",
  "throttled",
  "traineeAlreadyInClaim",
  "traineeHasNoContract",
  "traineeHasNoTraining",
  "traineeNotEligible",
  "prefillNotAvailable",
  "verificationDataMissing",
  "verifiedBasisOffshoreOnly",
] as const;

/** Refusals of one field, shown next to it by FormField from messages/<locale>/validation.json. */
export const FIELD_ERROR_CODES = [
  "cityDistrictInUse",
  "cityIdTaken",
  "divisionPrefixTaken",
  "claimYearFixed",
  "claimYearTaken",
  "contractRegNoTakenElsewhere",
  "creditCodeOutsideCities",
  "creditCodeTaken",
  "csvEmpty",
  "csvHeaders",
  "dateInFuture",
  "csvTooManyRows",
  "currentPasswordWrong",
  "districtInCity",
  "districtOutsideNanchang",
  "moveDistrictNotInCity",
  "moveToSameCity",
  "emailTaken",
  "employerIsRegistered",
  "employerNotRegistered",
  "fileEmpty",
  "fileName",
  "fileRequired",
  "fileTooLarge",
  "fileType",
  "fileFormatUnknown",
  "importMappingInvalid",
  "invalid",
  "employerInCityMustBeRegistered",
  "policyEffectiveBeforeFirstClaimYear",
  "policyEffectiveBeforeLatest",
  "policyEffectiveInDecidedRange",
  "policyEffectiveNotAfterToday",
  "required",
  "residentIdFormat",
  "reviewCommentRequired",
  "staffPostExists",
  "staffPostNotStaff",
  "tableEmpty",
  "tableTooLarge",
  "tableTooManyRows",
  "traineeAlreadyRegistered",
  "whatIfClaimYearNotPast",
  "xlsxFormulaWithoutValue",
  "xlsxMergedHeader",
  "xlsxNotZip",
  "xlsxTooLarge",
] as const;

/**
 * Refusals to change a trainee's facts that name the claim in the way (withRefusal returns them
 * as data), shown by FactRefusal from the "refusal" group of messages/<locale>/trainee.json.
 */
export const FACT_REFUSAL_CODES = ["editBreaksDraftClaim", "factsInClaim", "usedInClaim"] as const;

export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
export type FactRefusalCode = (typeof FACT_REFUSAL_CODES)[number];
export type DomainErrorCode = FormErrorCode | FieldErrorCode | FactRefusalCode;

/** Where a code's message lives: the message namespace and the key path inside it. */
export const ERROR_MESSAGE_GROUPS = [
  { namespace: "errors", prefix: "", codes: FORM_ERROR_CODES },
  { namespace: "validation", prefix: "", codes: FIELD_ERROR_CODES },
  { namespace: "trainee", prefix: "refusal.", codes: FACT_REFUSAL_CODES },
] as const;
