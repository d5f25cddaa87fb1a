import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/offshore-claims/countries";
import { formatFen, formatUsdCents } from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";
import type { DescribedChange, DiffValue } from "@/lib/review/describe-snapshot-changes";

/** What changed since the previous submission, in the reader's language: labels, money in yuan and dollars, names for codes. */
export async function SubmissionDiff({ changes }: { changes: DescribedChange[] }) {
  const t = await getTranslations("submissionDiff");
  const tCategory = await getTranslations("serviceCategory");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const value = (v: DiffValue | null, side: "before" | "after") => {
    if (v === null) return "—";
    switch (v.kind) {
      case "usdCents":
        return formatUsdCents(v.cents, locale);
      case "fen":
        return formatFen(v.fen, locale);
      case "date":
        return format.dateTime(new Date(`${v.iso}T00:00:00+08:00`), "date");
      case "serviceCategory":
        return tCategory.has(v.code as never) ? tCategory(v.code as never) : v.code;
      case "country":
        return countryName(v.code, locale);
      case "record":
        return side === "before" ? t("recordBefore") : t("recordAfter");
      default:
        return v.text;
    }
  };
  const lineName = (line: DescribedChange["line"]) =>
    line === null ? t("wholeClaim") : line.kind === "contract" ? t("contractLine", { contractRegNo: line.contractRegNo }) : t("traineeLine", { name: line.name ?? t("unknownTrainee") });
  return (
    <table className="mt-1 text-sm" data-testid="submission-diff">
      <thead>
        <tr>
          <th scope="col" className="p-1 text-left">{t("line")}</th>
          <th scope="col" className="p-1 text-left">{t("field")}</th>
          <th scope="col" className="p-1 text-left">{t("before")}</th>
          <th scope="col" className="p-1 text-left">{t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.key}>
            <td className="p-1">{lineName(c.line)}</td>
            <td className="p-1">{c.label ? t(`fieldName.${c.label}` as never) : <span className="font-mono">{c.field}</span>}</td>
            <td className="p-1 tabular-nums">{value(c.before, "before")}</td>
            <td className="p-1 tabular-nums">{value(c.after, "after")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
