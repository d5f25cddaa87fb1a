// The cohort CSV template: one row per trainee with training, certificate and contract. Each
// column is recognised by its Chinese or English header (case and surrounding spaces ignored).

export const COHORT_COLUMNS = [
  { key: "name", zh: "姓名", en: "Name", required: true },
  { key: "idNumber", zh: "身份证号", en: "ID number", required: true },
  { key: "college", zh: "院校", en: "College", required: true },
  { key: "collegeLevel", zh: "院校层次", en: "College level", required: true },
  { key: "studentStatus", zh: "学生状态", en: "Student status", required: true },
  { key: "phone", zh: "手机号", en: "Phone", required: true },
  { key: "bankName", zh: "开户银行", en: "Bank", required: false },
  { key: "bankAccount", zh: "银行账号", en: "Bank account", required: false },
  { key: "courseName", zh: "课程名称", en: "Course", required: true },
  { key: "trainingStart", zh: "培训开始日期", en: "Training start", required: true },
  { key: "trainingEnd", zh: "培训结束日期", en: "Training end", required: true },
  { key: "examPassed", zh: "考试通过", en: "Exam passed", required: true },
  { key: "certificateNo", zh: "证书编号", en: "Certificate number", required: true },
  { key: "certificateIssuedOn", zh: "发证日期", en: "Certificate date", required: true },
  { key: "employerCreditCode", zh: "用人单位信用代码", en: "Employer credit code", required: true },
  { key: "employerName", zh: "用人单位名称", en: "Employer name", required: true },
  { key: "employerCity", zh: "用人单位所在城市", en: "Employer city", required: true },
  { key: "contractSignedOn", zh: "合同签订日期", en: "Contract signed on", required: true },
  { key: "contractStart", zh: "合同开始日期", en: "Contract start", required: true },
  { key: "contractEnd", zh: "合同结束日期", en: "Contract end", required: true },
] as const;

export type CohortColumnKey = (typeof COHORT_COLUMNS)[number]["key"];
export type CohortRecord = Record<CohortColumnKey, string>;

const normalise = (header: string) => header.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/\s+/g, " ");

const BY_HEADER = new Map<string, CohortColumnKey>();
for (const column of COHORT_COLUMNS) {
  BY_HEADER.set(normalise(column.zh), column.key);
  BY_HEADER.set(normalise(column.en), column.key);
  BY_HEADER.set(normalise(column.key), column.key);
}

export type HeaderMapping =
  | { ok: true; indexOf: Record<CohortColumnKey, number | undefined> }
  | { ok: false; missing: string[]; unknown: string[]; duplicated: string[] };

/** Maps the file's header row to template columns; names every missing, unknown or repeated column. */
export function mapCohortHeaders(headers: string[]): HeaderMapping {
  const indexOf = {} as Record<CohortColumnKey, number | undefined>;
  const unknown: string[] = [];
  const duplicated: string[] = [];
  headers.forEach((header, index) => {
    if (normalise(header) === "") return;
    const key = BY_HEADER.get(normalise(header));
    if (!key) unknown.push(header.trim());
    else if (indexOf[key] !== undefined) duplicated.push(header.trim());
    else indexOf[key] = index;
  });
  const missing = COHORT_COLUMNS.filter((c) => c.required && indexOf[c.key] === undefined).map((c) => c.zh + " / " + c.en);
  if (missing.length || unknown.length || duplicated.length) return { ok: false, missing, unknown, duplicated };
  return { ok: true, indexOf };
}

/** The template's header row, in the language asked for. */
export function cohortTemplateHeader(language: "zh" | "en"): string[] {
  return COHORT_COLUMNS.map((c) => c[language]);
}

/** One data row as a record keyed by template column (absent optional columns are ""). */
export function recordFromRow(row: string[], indexOf: Record<CohortColumnKey, number | undefined>): CohortRecord {
  const record = {} as CohortRecord;
  for (const column of COHORT_COLUMNS) {
    const index = indexOf[column.key];
    record[column.key] = index === undefined ? "" : (row[index] ?? "").trim();
  }
  return record;
}
