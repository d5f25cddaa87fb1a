import { explainCalculation, explainReason, reasonLabel, type OffshoreIncentiveResult, type TrainingSubsidyResult } from "@/lib/eligibility";
import type { Locale } from "@/lib/i18n/locales";

/** The module's result as text in the caller's language: the calculation, then each condition with its label and outcome. */
export function explainResult(result: OffshoreIncentiveResult | TrainingSubsidyResult, locale: Locale) {
  return {
    calculation: explainCalculation(result, locale),
    reasons: result.reasons.map((reason) => ({
      code: reason.code,
      label: reasonLabel(reason.code, locale),
      passed: reason.passed,
      text: explainReason(reason, locale),
    })),
  };
}
