import { isValidIsoDate } from "@/lib/eligibility";
import { LOCALES } from "@/lib/i18n/locales";
import { z } from "@/lib/schemas/z";

// Every request and response of the public API v1, as zod/mini schemas: the routes validate with
// them and the OpenAPI document is generated from them (lib/api/v1/openapi-document.ts), so the
// contract cannot say one thing while a route does another. Objects are strict: an unknown field
// in a request is refused, and an undocumented field in a response fails the contract test.
// Messages are keys of the "validation" namespace (lib/schemas/z.ts).

/** Integer minor units (cents, fen), never negative, exact in a double. */
const minorUnits = z.int().check(z.minimum(0, "invalid"));
const count = z.int().check(z.minimum(0, "invalid"));

/** A calendar date "YYYY-MM-DD" that exists (2025-02-30 does not), checked as lib/eligibility checks it. */
export const isoDateField = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date", abort: true }), z.refine((value) => isValidIsoDate(value), "date"));

const policyVersionId = z.string().check(z.minLength(1, "required"), z.maxLength(100, "tooLong"));

export const offshoreEligibilityRequest = z.strictObject({
  claimYear: z.int().check(z.minimum(1, "invalid"), z.maximum(9999, "invalid")),
  offshoreUsdCents: minorUnits,
  grantedFenThisYear: z.optional(minorUnits),
  /** A published version's id; without it, the version in force on 1 January of the claim year. */
  policyVersion: z.optional(policyVersionId),
});

export const trainingEligibilityRequest = z.strictObject({
  isCollegeStudent: z.boolean(),
  trainingStart: isoDateField,
  trainingEnd: isoDateField,
  passedExam: z.boolean(),
  certificateNo: z.nullable(z.string().check(z.maxLength(200, "tooLong"))),
  contractSignedOn: isoDateField,
  contractStart: isoDateField,
  contractEnd: isoDateField,
  employerIsServiceOutsourcing: z.boolean(),
  employerInNanchang: z.boolean(),
  alreadySubsidised: z.boolean(),
  /** A published version's id; without it, the version in force on the contract's signing date. */
  policyVersion: z.optional(policyVersionId),
});

const reasonScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const reasonValue = z.union([reasonScalar, z.record(z.string(), reasonScalar)]);
const localisedMessage = { messageKey: z.string(), messageParams: z.record(z.string(), z.string()) };

function reasonSchema<const C extends readonly [string, ...string[]]>(codes: C) {
  return z.strictObject({ code: z.enum(codes), passed: z.boolean(), value: reasonValue, parameter: reasonValue, ...localisedMessage });
}

export const OFFSHORE_REASON_CODES = ["OFFSHORE_THRESHOLD", "ANNUAL_CAP"] as const;
export const TRAINING_REASON_CODES = [
  "COLLEGE_STUDENT",
  "TRAINING_DURATION",
  "EXAM_CERTIFICATE",
  "CONTRACT_TERM",
  "CONTRACT_AFTER_TRAINING",
  "EMPLOYER_SERVICE_OUTSOURCING",
  "DUPLICATE_PERSON",
] as const;

export const policyVersionSchema = z.strictObject({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  effectiveFrom: isoDateField,
  /** Last day in force (inclusive); null while open-ended. */
  effectiveTo: z.nullable(isoDateField),
  offshoreThresholdUsdCents: minorUnits,
  offshoreFenPerUsd: count,
  offshoreAnnualCapFen: minorUnits,
  trainingMinMonths: count,
  contractMinMonths: count,
  traineeFenNanchang: minorUnits,
  institutionFenNanchang: minorUnits,
  traineeFenElsewhere: minorUnits,
  institutionFenElsewhere: minorUnits,
  fourEyesThresholdFen: minorUnits,
  noticePeriodWorkingDays: count,
});

export const policyVersionsResponse = z.strictObject({ items: z.array(policyVersionSchema) });

const explanation = z.strictObject({
  /** The calculation as one sentence in the response's language. */
  calculation: z.string(),
  /** Every condition, passed or not, in the module's order. */
  reasons: z.array(z.strictObject({ code: z.string(), label: z.string(), passed: z.boolean(), text: z.string() })),
});

export const offshoreEligibilityResponse = z.strictObject({
  /** What evaluateOffshoreIncentive returned, unchanged. */
  result: z.strictObject({
    eligible: z.boolean(),
    entitlementFen: minorUnits,
    amountFen: minorUnits,
    policyVersionId: z.string(),
    reasons: z.array(reasonSchema(OFFSHORE_REASON_CODES)),
    calculation: z.strictObject(localisedMessage),
  }),
  policyVersion: policyVersionSchema,
  locale: z.enum(LOCALES),
  explanation,
});

export const trainingEligibilityResponse = z.strictObject({
  /** What evaluateTrainingSubsidy returned, unchanged. */
  result: z.strictObject({
    eligible: z.boolean(),
    traineeFen: minorUnits,
    institutionFen: minorUnits,
    policyVersionId: z.string(),
    reasons: z.array(reasonSchema(TRAINING_REASON_CODES)),
    calculation: z.strictObject(localisedMessage),
  }),
  policyVersion: policyVersionSchema,
  locale: z.enum(LOCALES),
  explanation,
});

export const NOTICE_MAX_PAGE_SIZE = 100;
export const NOTICE_DEFAULT_PAGE_SIZE = 50;

/** Query of GET notice: both optional, decimal digits only. */
export const noticeQuery = z.strictObject({
  page: z.optional(z.string().check(z.regex(/^[1-9]\d{0,6}$/, "invalid"))),
  pageSize: z.optional(z.string().check(z.regex(/^[1-9]\d{0,2}$/, "invalid"), z.refine((v) => Number(v) <= NOTICE_MAX_PAGE_SIZE, "invalid"))),
});

export const noticeResponse = z.strictObject({
  page: z.int(),
  pageSize: z.int(),
  total: count,
  pageCount: z.int(),
  items: z.array(
    z.strictObject({
      id: z.string(),
      /** The payee as the notice page shows it: an organisation's name, a trainee's masked name. */
      publicName: z.string(),
      amountFen: minorUnits,
      rule: z.enum(["A_OFFSHORE", "B_TRAINEE", "B_INSTITUTION"]),
      claimYear: z.int(),
      publishedAt: z.iso.datetime(),
      /** The moment the period ends (exclusive). */
      endsAt: z.iso.datetime(),
      /** Held by an objection: stays listed until a reviewer decides. */
      held: z.boolean(),
    }),
  ),
});

export const API_ERROR_CODES = [
  "invalid_input",
  "malformed_json",
  "unsupported_media_type",
  "payload_too_large",
  "not_found",
  "unknown_city",
  "method_not_allowed",
  "rate_limited",
  "forbidden_origin",
  "internal",
  "unauthorized",
  "insufficient_scope",
  "idempotency_key_missing",
  "idempotency_conflict",
  "claim_conflict",
] as const;

export const errorResponseSchema = z.strictObject({
  error: z.strictObject({
    status: z.int(),
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    fields: z.array(z.strictObject({ field: z.string(), code: z.string(), message: z.string() })),
  }),
});

export type OffshoreEligibilityResponse = z.infer<typeof offshoreEligibilityResponse>;
export type TrainingEligibilityResponse = z.infer<typeof trainingEligibilityResponse>;
export type NoticeResponse = z.infer<typeof noticeResponse>;
export type PolicyVersionsResponse = z.infer<typeof policyVersionsResponse>;
