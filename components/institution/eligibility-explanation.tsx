import { getTranslations } from "next-intl/server";
import type { LocalisedMessage, Reason } from "@/lib/eligibility";

/** The eligibility module's reasons and calculation, rendered in the reader's language. */
export async function EligibilityExplanation({ reasons, calculation, onlyFailed = false }: { reasons: readonly Reason[]; calculation?: LocalisedMessage; onlyFailed?: boolean }) {
  const t = await getTranslations("eligibility");
  const shown = onlyFailed ? reasons.filter((r) => !r.passed) : reasons;
  return (
    <div className="text-sm">
      {calculation ? <p className="font-medium">{t(calculation.messageKey, calculation.messageParams)}</p> : null}
      <ul className="mt-1 list-none">
        {shown.map((reason) => (
          <li key={reason.code} className={reason.passed ? "text-green-800" : "text-red-800"}>
            <span aria-hidden="true">{reason.passed ? "✓ " : "✗ "}</span>
            {t(reason.messageKey, reason.messageParams)}
          </li>
        ))}
      </ul>
    </div>
  );
}
