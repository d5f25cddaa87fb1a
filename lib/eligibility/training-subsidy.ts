// Rule B: the training subsidies for one trainee and the institution that trained them.

import { addMonthsToParts, formatIsoDate, parseIsoDate } from "./calendar";
import { EligibilityInputError } from "./errors";
import { requireBoolean, requireObject, requireString } from "./input-checks";
import { formatMinorUnits } from "./money";
import { policyInForceOn, validatePolicy } from "./policy-versions";
import type {
  EligibilityPolicy,
  IsoDate,
  Reason,
  TrainingReasonCode,
  TrainingSubsidyInput,
  TrainingSubsidyResult,
} from "./types";

/**
 * Every condition is evaluated and reported even after one fails, so the applicant sees
 * everything to fix at once. Amounts are 0 unless all pass.
 *
 * Decisions (see README): durations are "end strictly after start + N calendar months";
 * the contract must be signed on or after the training start date (order-based training,
 * 订单式培训, signs the employer on the first day; policy-rules.md); an end date before
 * its start date is a failed condition (not a validation error), because the data is
 * well-formed and the reviewer should see it as a failure of that condition.
 *
 * `policy` defaults to the built-in version in force on the contract signing date.
 */
export function evaluateTrainingSubsidy(
  input: TrainingSubsidyInput,
  policy?: EligibilityPolicy,
): TrainingSubsidyResult {
  const raw = requireObject(input, "input");
  const isCollegeStudent = requireBoolean(raw.isCollegeStudent, "isCollegeStudent");
  const trainingStart = requireDate(raw.trainingStart, "trainingStart");
  const trainingEnd = requireDate(raw.trainingEnd, "trainingEnd");
  const passedExam = requireBoolean(raw.passedExam, "passedExam");
  const certificateNo = requireCertificateNo(raw.certificateNo);
  const contractSignedOn = requireDate(raw.contractSignedOn, "contractSignedOn");
  const contractStart = requireDate(raw.contractStart, "contractStart");
  const contractEnd = requireDate(raw.contractEnd, "contractEnd");
  const employerIsServiceOutsourcing = requireBoolean(raw.employerIsServiceOutsourcing, "employerIsServiceOutsourcing");
  const employerInNanchang = requireBoolean(raw.employerInNanchang, "employerInNanchang");
  const alreadySubsidised = requireBoolean(raw.alreadySubsidised, "alreadySubsidised");
  const p =
    policy === undefined ? policyInForceOn(contractSignedOn, undefined, "contractSignedOn") : validatePolicy(policy);

  const traineeRate = employerInNanchang ? p.traineeFenNanchang : p.traineeFenElsewhere;
  const institutionRate = employerInNanchang ? p.institutionFenNanchang : p.institutionFenElsewhere;
  const location = employerInNanchang ? "NANCHANG" : "ELSEWHERE";
  const hasCertificate = certificateNo !== null && certificateNo.trim() !== "";

  const reasons: Reason<TrainingReasonCode>[] = [
    {
      code: "COLLEGE_STUDENT",
      passed: isCollegeStudent,
      value: isCollegeStudent,
      parameter: true,
      messageKey: `reasons.COLLEGE_STUDENT.${isCollegeStudent ? "passed" : "failed"}`,
      messageParams: {},
    },
    durationReason("TRAINING_DURATION", trainingStart, trainingEnd, p.trainingMinMonths, "trainingStart"),
    {
      code: "EXAM_CERTIFICATE",
      passed: passedExam && hasCertificate,
      value: { passedExam, certificateNo },
      parameter: { passedExam: true, certificateRequired: true },
      messageKey: `reasons.EXAM_CERTIFICATE.${examOutcome(passedExam, hasCertificate)}`,
      messageParams: { certificateNo: certificateNo ?? "" },
    },
    durationReason("CONTRACT_TERM", contractStart, contractEnd, p.contractMinMonths, "contractStart"),
    {
      code: "CONTRACT_AFTER_TRAINING",
      passed: contractSignedOn >= trainingStart,
      value: contractSignedOn,
      parameter: trainingStart,
      messageKey: `reasons.CONTRACT_AFTER_TRAINING.${contractSignedOn >= trainingStart ? "passed" : "failed"}`,
      messageParams: { signedOn: contractSignedOn, trainingStart },
    },
    {
      code: "EMPLOYER_SERVICE_OUTSOURCING",
      passed: employerIsServiceOutsourcing,
      value: { serviceOutsourcing: employerIsServiceOutsourcing, location },
      parameter: { serviceOutsourcing: true, traineeFen: traineeRate, institutionFen: institutionRate },
      messageKey: `reasons.EMPLOYER_SERVICE_OUTSOURCING.${employerIsServiceOutsourcing ? "passed" : "failed"}${
        employerInNanchang ? "Nanchang" : "Elsewhere"
      }`,
      messageParams: { trainee: formatMinorUnits(traineeRate), institution: formatMinorUnits(institutionRate) },
    },
    {
      code: "DUPLICATE_PERSON",
      passed: !alreadySubsidised,
      value: alreadySubsidised,
      parameter: false,
      messageKey: `reasons.DUPLICATE_PERSON.${alreadySubsidised ? "failed" : "passed"}`,
      messageParams: {},
    },
  ];

  const failed = reasons.filter((r) => !r.passed).length;
  const eligible = failed === 0;
  const traineeFen = eligible ? traineeRate : 0;
  const institutionFen = eligible ? institutionRate : 0;
  return {
    eligible,
    traineeFen,
    institutionFen,
    policyVersionId: p.id,
    reasons,
    calculation: {
      messageKey: eligible
        ? `calculation.training.${employerInNanchang ? "nanchang" : "elsewhere"}`
        : "calculation.training.notEligible",
      messageParams: {
        trainee: formatMinorUnits(traineeFen),
        institution: formatMinorUnits(institutionFen),
        // Both rates are policy parameters (< 2^53 each), so the sum is exact.
        total: formatMinorUnits(traineeFen + institutionFen),
        failed: String(failed),
        conditions: String(reasons.length),
      },
    },
  };
}

function requireDate(value: unknown, field: string): IsoDate {
  parseIsoDate(value, field);
  return value as IsoDate;
}

function requireCertificateNo(value: unknown): string | null {
  if (value === null) return null;
  if (value === undefined) {
    throw new EligibilityInputError("certificateNo", "MISSING", "is missing (pass null when there is none)");
  }
  return requireString(value, "certificateNo");
}

function examOutcome(passedExam: boolean, hasCertificate: boolean): string {
  if (passedExam && hasCertificate) return "passed";
  if (!passedExam && !hasCertificate) return "failedBoth";
  return passedExam ? "failedCertificate" : "failedExam";
}

/** "More than N months": end strictly after start + N calendar months (month-end fallback). */
function durationReason(
  code: "TRAINING_DURATION" | "CONTRACT_TERM",
  start: IsoDate,
  end: IsoDate,
  minMonths: number,
  startField: string,
): Reason<TrainingReasonCode> {
  let limit: IsoDate;
  try {
    limit = formatIsoDate(addMonthsToParts(parseIsoDate(start, startField), minMonths));
  } catch {
    throw new EligibilityInputError(startField, "OUT_OF_RANGE", `+ ${minMonths} months passes the year 9999`);
  }
  const outcome = end < start ? "endBeforeStart" : end > limit ? "passed" : "failed";
  return {
    code,
    passed: outcome === "passed",
    value: end,
    parameter: limit,
    messageKey: `reasons.${code}.${outcome}`,
    messageParams: { start, end, months: String(minMonths), limit },
  };
}
