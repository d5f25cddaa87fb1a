"use client";

import { useTranslations } from "next-intl";
import {
  explainCalculation,
  explainReason,
  formatFen,
  reasonLabel,
  renderMessage,
  type EligibilityInputError,
  type EligibilityLocale,
  type EligibilityPolicy,
  type OffshoreIncentiveResult,
  type TrainingSubsidyResult,
} from "@/lib/eligibility";

export type Preview =
  | { kind: "A"; result: OffshoreIncentiveResult; policy: EligibilityPolicy }
  | { kind: "B"; result: TrainingSubsidyResult; policy: EligibilityPolicy }
  | { kind: "refused"; error: EligibilityInputError }
  | null;

/** The live result: eligible or not, the amounts, the version used, every condition with its reason, the calculation. */
export function ResultPanel({ preview, locale }: { preview: Preview; locale: EligibilityLocale }) {
  const t = useTranslations("calculator");
  return (
    <section aria-live="polite" className="mt-6 rounded border border-slate-300 bg-white p-4" data-testid="calculator-result">
      <h2 className="text-lg font-semibold">{t("resultTitle")}</h2>
      {preview === null ? <p className="mt-2 text-sm text-slate-600">{t("incomplete")}</p> : null}
      {preview?.kind === "refused" ? <p className="mt-2 text-sm text-red-700">{renderMessage(preview.error.messageKey, preview.error.messageParams, locale)}</p> : null}
      {preview && preview.kind !== "refused" ? (
        <>
          <p className={`mt-2 text-xl font-semibold ${preview.result.eligible ? "text-green-800" : "text-red-800"}`} data-testid="calculator-verdict">
            {preview.result.eligible ? t("eligible") : t("notEligible")}
          </p>
          <dl className="mt-2 grid grid-cols-2 gap-1 text-sm">
            {preview.kind === "A" ? (
              <>
                <dt>{t("amount")}</dt>
                <dd data-testid="calculator-amount">{formatFen(preview.result.amountFen)}</dd>
                <dt>{t("entitlement")}</dt>
                <dd>{formatFen(preview.result.entitlementFen)}</dd>
              </>
            ) : (
              <>
                <dt>{t("traineeAmount")}</dt>
                <dd data-testid="calculator-amount">{formatFen(preview.result.traineeFen)}</dd>
                <dt>{t("institutionAmount")}</dt>
                <dd>{formatFen(preview.result.institutionFen)}</dd>
              </>
            )}
          </dl>
          <p className="mt-2 text-xs text-slate-600">{t("versionUsed", { name: locale === "en" ? preview.policy.nameEn : preview.policy.nameZh, from: preview.policy.effectiveFrom })}</p>
          <h3 className="mt-3 text-sm font-semibold">{t("conditions")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {preview.result.reasons.map((reason) => (
              <li key={reason.code} data-testid="calculator-condition" data-passed={reason.passed}>
                <span className={reason.passed ? "text-green-800" : "text-red-800"}>{reason.passed ? `✓ ${t("passed")}` : `✗ ${t("failed")}`}</span>{" "}
                <strong>{reasonLabel(reason.code, locale)}</strong>: {explainReason(reason, locale)}
              </li>
            ))}
          </ul>
          <h3 className="mt-3 text-sm font-semibold">{t("calculation")}</h3>
          <p className="text-sm" data-testid="calculator-calculation">{explainCalculation(preview.result, locale)}</p>
        </>
      ) : null}
    </section>
  );
}
