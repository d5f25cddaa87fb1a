// The fields of the two official-data files (issue 18) and the Chinese and English headers they
// are known by, so the mapping step can guess them. The statistics system and the banks name
// their columns in several ways ("外方客户" or "境外客户", "执行期间" or a start and an end).

export type ImportKind = "STATISTICS" | "FX_RECEIPTS";

export const STATISTICS_FIELDS = [
  "creditCode", "contractNo", "clientName", "clientCountry", "serviceCategory",
  "contractAmount", "executedAmount", "periodStart", "periodEnd", "period", "currency",
] as const;
export const RECEIPT_FIELDS = ["creditCode", "receivedOn", "amount", "currency", "payerName", "payerCountry", "bankReference"] as const;

export type StatisticsField = (typeof STATISTICS_FIELDS)[number];
export type ReceiptField = (typeof RECEIPT_FIELDS)[number];
export type ImportField = StatisticsField | ReceiptField;

export const FIELDS: Record<ImportKind, readonly ImportField[]> = { STATISTICS: STATISTICS_FIELDS, FX_RECEIPTS: RECEIPT_FIELDS };

/** Fields a file must map; the statistics period is either one "period" column or a start and an end. */
export const REQUIRED: Record<ImportKind, readonly ImportField[]> = {
  STATISTICS: ["creditCode", "contractNo", "clientName", "executedAmount", "currency"],
  FX_RECEIPTS: ["creditCode", "receivedOn", "amount", "currency", "payerName", "bankReference"],
};

/** Headers each field is known by, most specific first (normalised: see normaliseHeader). */
const KNOWN_HEADERS: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
  STATISTICS: {
    creditCode: ["统一社会信用代码", "社会信用代码", "企业信用代码", "信用代码", "creditcode"],
    contractNo: ["合同编号", "合同号", "合同登记号", "合同登记编号", "contractnumber", "contractno"],
    clientName: ["外方客户", "境外客户", "外方客户名称", "境外客户名称", "客户名称", "发包方", "foreignclient", "client"],
    clientCountry: ["国别/地区", "国别地区", "国别", "国家/地区", "国家地区", "客户国别", "clientcountry", "country"],
    serviceCategory: ["服务类别", "业务类别", "服务类型", "servicecategory", "category"],
    contractAmount: ["合同金额", "合同总额", "协议金额", "contractamount"],
    executedAmount: ["执行金额", "执行额", "合同执行金额", "离岸执行额", "executedamount"],
    periodStart: ["执行起始日期", "执行开始日期", "起始日期", "开始日期", "periodstart"],
    periodEnd: ["执行截止日期", "执行结束日期", "执行终止日期", "截止日期", "结束日期", "periodend"],
    period: ["执行期间", "执行期", "统计期间", "所属期间", "period"],
    currency: ["币种", "货币", "币别", "currency"],
  },
  FX_RECEIPTS: {
    creditCode: ["统一社会信用代码", "社会信用代码", "企业信用代码", "信用代码", "creditcode"],
    receivedOn: ["收汇日期", "入账日期", "交易日期", "receiptdate", "date"],
    amount: ["收汇金额", "入账金额", "金额", "amount"],
    currency: ["币种", "货币", "币别", "currency"],
    payerName: ["付款人名称", "付款人", "汇款人名称", "汇款人", "付款方", "payer"],
    payerCountry: ["付款人国别/地区", "付款人国别", "付款国别", "汇款国家/地区", "国别/地区", "国别", "payercountry", "country"],
    bankReference: ["银行业务编号", "业务参号", "银行参考号", "申报号码", "业务编号", "交易流水号", "bankreference", "reference"],
  },
};

/**
 * A header as compared with the known names: without spaces, case, and a unit or note in
 * brackets ("合同金额（万元）" → "合同金额"); full-width slashes as ASCII.
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/／/g, "/")
    .replace(/\s+/g, "")
    .toLowerCase();
}

/** Column index → field, or null for a column the import ignores. */
export type ColumnMapping = Array<ImportField | null>;

/**
 * The mapping proposed for a file's headers: a header remembered from the city's last import of
 * this kind wins; then an exact known name; then a known name the header contains. No field twice.
 */
export function guessMapping(kind: ImportKind, headers: readonly string[], remembered: Readonly<Record<string, string>> = {}): ColumnMapping {
  const fields = FIELDS[kind];
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  const assign = (index: number, field: ImportField | undefined) => {
    if (!field || taken.has(field) || mapping[index] !== null) return;
    mapping[index] = field;
    taken.add(field);
  };
  const normalised = headers.map(normaliseHeader);
  normalised.forEach((h, i) => {
    const field = remembered[h] as ImportField | undefined;
    if (field && fields.includes(field)) assign(i, field);
  });
  const known = KNOWN_HEADERS[kind];
  normalised.forEach((h, i) => {
    for (const field of fields) if ((known[field] ?? []).includes(h)) assign(i, field);
  });
  normalised.forEach((h, i) => {
    if (!h || mapping[i] !== null) return;
    const candidates = fields.flatMap((field) => (known[field] ?? []).filter((name) => /[^\x00-\x7f]/.test(name) && h.includes(name)).map((name) => ({ field, length: name.length })));
    candidates.sort((a, b) => b.length - a.length);
    for (const c of candidates) {
      if (!taken.has(c.field)) {
        assign(i, c.field);
        break;
      }
    }
  });
  return mapping;
}

export type MappingProblem = { problem: "missing"; field: ImportField } | { problem: "twice"; field: ImportField } | { problem: "periodMissing" };

/** What is wrong with a mapping: required fields unmapped, a field on two columns, no period. */
export function checkMapping(kind: ImportKind, mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const count = new Map<ImportField, number>();
  for (const field of mapping) if (field) count.set(field, (count.get(field) ?? 0) + 1);
  for (const [field, n] of count) if (n > 1) problems.push({ problem: "twice", field });
  for (const field of REQUIRED[kind]) if (!count.has(field)) problems.push({ problem: "missing", field });
  if (kind === "STATISTICS" && !count.has("period") && !(count.has("periodStart") && count.has("periodEnd"))) problems.push({ problem: "periodMissing" });
  return problems;
}

/** The mapping to remember: normalised header → field, for the mapped columns. */
export function mappingToRemember(headers: readonly string[], mapping: ColumnMapping): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((h, i) => {
    const field = mapping[i];
    if (field && normaliseHeader(h)) out[normaliseHeader(h)] = field;
  });
  return out;
}
