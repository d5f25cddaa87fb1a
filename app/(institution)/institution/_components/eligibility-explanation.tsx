import { getFormatter, getTranslations } from "next-intl/server";
import type { LocalisedMessage, Reason } from "@/lib/eligibility";
import { eligibilityTextWith } from "@/lib/i18n/localise-day-params";

/** The eligibility module's reasons and calculation, rendered in the reader's language. */
export async function EligibilityExplanation({ reasons, calculation, onlyFailed = false }: { reasons: readonly Reason[]; calculation?: LocalisedMessage; onlyFailed?: boolean }) {
  const t = await getTranslations("eligibility");
  const format = await getFormatter();
  const text = eligibilityTextWith(t, format);
  const shown = onlyFailed ? reasons.filter((r) => !r.passed) : reasons;
  return (
    <div className="text-sm">
      {calculation ? <p className="font-medium">{text(calculation)}</p> : null}
      <ul className="mt-1 list-none">
        {shown.map((reason) => (
          <li key={reason.code} className={reason.passed ? "text-green-800" : "text-red-800"}>
            <span aria-hidden="true">{reason.passed ? "✓ " : "✗ "}</span>
            {text(reason)}
          </li>
        ))}
      </ul>
    </div>
  );
}
