import { formatFen, formatFenPerUsd, formatUsdCents } from "@/lib/eligibility";
import type { PolicyParameterUnit } from "@/lib/policy/policy-parameters";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A parameter as the bureau reads it: "¥500,000.00", "US$200,000.00", "0.2 元/美元", "3 个月", "5 个工作日", "80 %". */
export function formatParameterValue(unit: PolicyParameterUnit, value: number, locale: string, t: Translate): string {
  const lang = locale === "en" ? "en" : "zh-CN";
  switch (unit) {
    case "usdCents":
      return formatUsdCents(value, lang);
    case "fen":
      return formatFen(value, lang);
    case "fenPerUsd":
      return t("unit.yuanPerUsd", { rate: formatFenPerUsd(value) });
    case "months":
      return t("unit.months", { count: value });
    case "workingDays":
      return t("unit.workingDays", { count: value });
    case "count":
      return t("unit.count", { count: value });
    case "basisPoints":
      // 8,000 basis points: "80 %"; 150: "1.5 %".
      return t("unit.percent", { percent: String(value / 100) });
    case "minutes":
      return t("unit.minutes", { count: value });
  }
}
