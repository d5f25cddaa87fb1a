// One cohort CSV row → validated inputs for the trainee, training and contract operations.
// Pure: the same zod schemas the hand-entry forms use, so a row passes exactly when the forms would.

import type * as z from "zod/mini";
import { isValidCreditCode, normaliseCreditCode } from "@/lib/eligibility";
import { COLLEGE_LEVELS, STUDENT_STATUSES, traineeSchema } from "@/lib/schemas/trainee";
import { trainingRecordSchema } from "@/lib/schemas/training";
import { isoDateField } from "@/lib/schemas/money";
import { COHORT_COLUMNS, type CohortColumnKey, type CohortRecord } from "./cohort-columns";

export interface RowError {
  /** Template column key, or "_row" for the row as a whole. */
  column: CohortColumnKey | "_row";
  /** Key of the "validation" namespace. */
  message: string;
}

const COLLEGE_LEVEL_WORDS: Record<string, (typeof COLLEGE_LEVELS)[number]> = {
  本科: "UNDERGRADUATE", undergraduate: "UNDERGRADUATE",
  大专: "JUNIOR_COLLEGE", 专科: "JUNIOR_COLLEGE", "junior college": "JUNIOR_COLLEGE",
  研究生: "POSTGRADUATE", postgraduate: "POSTGRADUATE",
  中职: "VOCATIONAL", 职业院校: "VOCATIONAL", vocational: "VOCATIONAL", "vocational school": "VOCATIONAL",
};
const STUDENT_STATUS_WORDS: Record<string, (typeof STUDENT_STATUSES)[number]> = {
  在校生: "STUDENT", 学生: "STUDENT", student: "STUDENT",
  毕业生: "GRADUATE", graduate: "GRADUATE",
  非学生: "NOT_A_STUDENT", "not a student": "NOT_A_STUDENT",
};
const YES = new Set(["是", "通过", "yes", "y", "true", "1"]);
const NO = new Set(["否", "未通过", "no", "n", "false", "0"]);

function enumValue<T extends string>(raw: string, values: readonly T[], words: Record<string, T>): string {
  const upper = raw.trim().toUpperCase();
  if ((values as readonly string[]).includes(upper)) return upper;
  return words[raw.trim().toLowerCase()] ?? raw;
}

/** Spreadsheets write dates as 2024/3/1 or 2024-03-01: both become 2024-03-01. */
export function normaliseCsvDate(raw: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw.trim());
  if (!match) return raw.trim();
  return `${match[1]}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
}

export interface CohortRowInputs {
  trainee: z.output<typeof traineeSchema>;
  training: { courseName: string; startDate: string; endDate: string; examPassed: boolean; certificateNo?: string; certificateIssuedOn?: string };
  contract: { employerCreditCode: string; employerName: string; employerCity: string; signedOn: string; startDate: string; endDate: string };
}

const TRAINEE_FIELDS: Record<string, CohortColumnKey> = {
  name: "name", idNumber: "idNumber", college: "college", collegeLevel: "collegeLevel", studentStatus: "studentStatus",
  phone: "phone", bankName: "bankName", bankAccount: "bankAccount",
};
const TRAINING_FIELDS: Record<string, CohortColumnKey> = {
  courseName: "courseName", startDate: "trainingStart", endDate: "trainingEnd", examPassed: "examPassed",
  certificateNo: "certificateNo", certificateIssuedOn: "certificateIssuedOn",
};

function collect(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }, fields: Record<string, CohortColumnKey>, errors: RowError[]) {
  for (const issue of error.issues) {
    const column = fields[String(issue.path[0])];
    if (column && !errors.some((e) => e.column === column)) errors.push({ column, message: issue.message });
  }
}

/**
 * A cell as it may be shown and stored in a report (JSON in PostgreSQL holds no U+0000 either):
 * a rejected row's name keeps its other characters, the NUL shows as U+FFFD.
 */
export function reportableText(text: string): string {
  return text.replaceAll("\u0000", "\uFFFD");
}

/** The outside employer's name and city: as long as the contract form allows. */
const EMPLOYER_TEXT_MAX = 200;

/**
 * Validates one row: the one validator of a cohort file, run by the preview and again by the
 * import (both through parseCohortFile), so a row the preview shows as valid is one the import
 * stores. The employer's registration is checked later against the database; here only its
 * credit code format and the Nanchang rule's precondition (code present) are checked.
 */
export function parseCohortRow(record: CohortRecord): { ok: true; inputs: CohortRowInputs } | { ok: false; errors: RowError[] } {
  // PostgreSQL text cannot hold U+0000: a NUL anywhere in the row would pass the schemas and then
  // fail the whole import in the database. The forms refuse it too (lib/actions/action-client.ts).
  const nul = COHORT_COLUMNS.filter((c) => record[c.key].includes("\u0000")).map((c): RowError => ({ column: c.key, message: "nulCharacter" }));
  if (nul.length > 0) return { ok: false, errors: nul };

  const errors: RowError[] = [];
  const trainee = traineeSchema.safeParse({
    name: record.name,
    idNumber: record.idNumber,
    college: record.college,
    collegeLevel: enumValue(record.collegeLevel, COLLEGE_LEVELS, COLLEGE_LEVEL_WORDS),
    studentStatus: enumValue(record.studentStatus, STUDENT_STATUSES, STUDENT_STATUS_WORDS),
    phone: record.phone,
    bankName: record.bankName,
    bankAccount: record.bankAccount,
  });
  if (!trainee.success) collect(trainee.error, TRAINEE_FIELDS, errors);

  const exam = record.examPassed.trim().toLowerCase();
  if (!YES.has(exam) && !NO.has(exam)) errors.push({ column: "examPassed", message: "yesNo" });
  const training = trainingRecordSchema.safeParse({
    traineeId: "00000000-0000-7000-8000-000000000000",
    courseName: record.courseName,
    startDate: normaliseCsvDate(record.trainingStart),
    endDate: normaliseCsvDate(record.trainingEnd),
    examPassed: YES.has(exam),
    certificateNo: record.certificateNo,
    certificateIssuedOn: normaliseCsvDate(record.certificateIssuedOn),
  });
  if (!training.success) collect(training.error, TRAINING_FIELDS, errors);

  const code = normaliseCreditCode(record.employerCreditCode);
  if (!code) errors.push({ column: "employerCreditCode", message: "required" });
  else if (!isValidCreditCode(code)) errors.push({ column: "employerCreditCode", message: "creditCode" });
  const dates = {
    contractSignedOn: normaliseCsvDate(record.contractSignedOn),
    contractStart: normaliseCsvDate(record.contractStart),
    contractEnd: normaliseCsvDate(record.contractEnd),
  } as const;
  for (const [column, value] of Object.entries(dates) as Array<[CohortColumnKey, string]>) {
    const parsed = isoDateField.safeParse(value);
    if (!parsed.success) errors.push({ column, message: parsed.error.issues[0].message });
  }
  if (!errors.some((e) => e.column.startsWith("contract"))) {
    if (dates.contractEnd <= dates.contractStart) errors.push({ column: "contractEnd", message: "endBeforeStart" });
    if (dates.contractSignedOn > dates.contractStart) errors.push({ column: "contractSignedOn", message: "signedAfterStart" });
  }
  // Whether the employer is outside (and so needs a name and a city) depends on the institution's
  // city and on who is registered: lib/trainees/import/analyse-cohort.ts decides it.
  if (record.employerName.length > EMPLOYER_TEXT_MAX) errors.push({ column: "employerName", message: "tooLong" });
  if (record.employerCity.length > EMPLOYER_TEXT_MAX) errors.push({ column: "employerCity", message: "tooLong" });

  if (errors.length || !trainee.success || !training.success) return { ok: false, errors };
  const t = training.data;
  return {
    ok: true,
    inputs: {
      trainee: trainee.data,
      training: { courseName: t.courseName, startDate: t.startDate, endDate: t.endDate, examPassed: t.examPassed, certificateNo: t.certificateNo, certificateIssuedOn: t.certificateIssuedOn },
      contract: {
        employerCreditCode: code,
        employerName: record.employerName,
        employerCity: record.employerCity,
        signedOn: dates.contractSignedOn,
        startDate: dates.contractStart,
        endDate: dates.contractEnd,
      },
    },
  };
}
