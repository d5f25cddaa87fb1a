"use client";

import { useLocale, useTranslations } from "next-intl";
import { useWatch, type Control } from "react-hook-form";
import {
  evaluateOffshoreIncentive,
  formatFen,
  formatUsdCents,
  parseMoneyToMinor,
  policyInForceForClaimYear,
  sumExecutedUsdCents,
  type OffshoreIncentiveResult,
} from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";
import type { OffshoreDraftInput } from "@/lib/schemas/offshore-claim";

type Preview =
  | { state: "ok"; totalCents: number; result: OffshoreIncentiveResult; policyName: string }
  | { state: "invalid" }
  | { state: "noPolicy" };

function computePreview(claimYear: unknown, executed: unknown[], grantedFenThisYear: number, locale: string): Preview {
  let cents: number[];
  try {
    cents = executed.map((value) => (String(value ?? "").trim() === "" ? 0 : parseMoneyToMinor(String(value))));
  } catch {
    return { state: "invalid" };
  }
  const year = Number(claimYear);
  if (!Number.isInteger(year)) return { state: "invalid" };
  try {
    // The built-in policy table is enough for a preview; the server evaluates under the stored version on submit.
    const policy = policyInForceForClaimYear(year);
    const totalCents = sumExecutedUsdCents(cents.map((executedUsdCents) => ({ executedUsdCents })));
    const result = evaluateOffshoreIncentive({ claimYear: year, offshoreUsdCents: totalCents, grantedFenThisYear }, policy);
    return { state: "ok", totalCents, result, policyName: locale === "en" ? policy.nameEn : policy.nameZh };
  } catch {
    return { state: "noPolicy" };
  }
}

/** The live preview beside the claim form: the eligibility module run in the browser on every change. */
export function ClaimPreview({ control, grantedFenThisYear }: { control: Control<OffshoreDraftInput>; grantedFenThisYear: number }) {
  const t = useTranslations("offshoreClaim.preview");
  const tEligibility = useTranslations("eligibility");
  const locale = toLocale(useLocale());
  const [claimYear, lines] = useWatch({ control, name: ["claimYear", "lines"] });
  const preview = computePreview(claimYear, (lines ?? []).map((line) => line?.executedUsd), grantedFenThisYear, locale);

  return (
    <aside aria-labelledby="preview-title" aria-live="polite" data-testid="claim-preview" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="preview-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {preview.state === "invalid" ? <p className="mt-2 text-sm">{t("invalid")}</p> : null}
      {preview.state === "noPolicy" ? <p className="mt-2 text-sm">{t("noPolicy")}</p> : null}
      {preview.state === "ok" ? (
        <>
          <dl className="mt-2 grid grid-cols-2 gap-1 text-sm">
            <dt>{t("total")}</dt>
            <dd data-testid="preview-total" className="text-right tabular-nums">
              {formatUsdCents(preview.totalCents, locale)}
            </dd>
            <dt>{t("amount")}</dt>
            <dd data-testid="preview-amount" className="text-right tabular-nums">
              {formatFen(preview.result.amountFen, locale)}
            </dd>
          </dl>
          <p data-testid="preview-eligibility" className={preview.result.eligible ? "mt-2 font-medium text-green-800" : "mt-2 font-medium text-red-800"}>
            {preview.result.eligible ? t("eligible") : t("notEligible")}
          </p>
          <h3 className="mt-3 text-sm font-semibold">{t("reasons")}</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {preview.result.reasons.map((reason) => (
              <li key={reason.code}>{tEligibility(reason.messageKey, reason.messageParams)}</li>
            ))}
          </ul>
          <h3 className="mt-3 text-sm font-semibold">{t("calculation")}</h3>
          <p data-testid="preview-calculation" className="text-sm">
            {tEligibility(preview.result.calculation.messageKey, preview.result.calculation.messageParams)}
          </p>
          <p className="mt-3 text-xs text-slate-600">{t("note", { policy: preview.policyName })}</p>
        </>
      ) : null}
    </aside>
  );
}
