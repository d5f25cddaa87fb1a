import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";
import type { RiskSignal } from "@/lib/verification/risk-signals";

/** Issue 18: what in a claim deserves a second look, each with its reason and threshold. They inform; they never decide. */
export async function RiskSignalsSection({ signals }: { signals: RiskSignal[] }) {
  const t = await getTranslations("review.signals");
  const locale = toLocale(await getLocale());
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const percentFormat = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 });
  const percent = (basisPoints: number) => percentFormat.format(basisPoints / 10_000);
  const text = (signal: RiskSignal) => {
    switch (signal.code) {
      case "SHARED_FOREIGN_CLIENT":
        return t("SHARED_FOREIGN_CLIENT", { client: signal.clientName, claimants: signal.claimants, threshold: signal.threshold });
      case "ROUND_AMOUNTS":
        return t("ROUND_AMOUNTS", { round: signal.roundLines, lines: signal.lines, share: percent(signal.thresholdBasisPoints) });
      case "RECEIPTS_OUTSIDE_YEAR":
        return t("RECEIPTS_OUTSIDE_YEAR", { dates: list.format(signal.dates) });
      case "JUST_UNDER_FOUR_EYES":
        return t("JUST_UNDER_FOUR_EYES", { amount: formatFen(signal.amountFen, locale), threshold: formatFen(signal.fourEyesThresholdFen, locale), margin: percent(signal.marginBasisPoints) });
      case "EMPLOYER_IS_INSTITUTION":
        return t("EMPLOYER_IS_INSTITUTION", { trainees: list.format(signal.traineeNames) });
      case "CONFIRMATION_BURST":
        return t("CONFIRMATION_BURST", { confirmations: signal.confirmations, minutes: signal.minutes, threshold: signal.threshold });
    }
  };
  return (
    <section aria-labelledby="risk-signals" className="mt-6 rounded border border-slate-300 bg-white p-4" data-testid="risk-signals">
      <h2 id="risk-signals" className="text-lg font-semibold">{t("title")}</h2>
      {signals.length === 0 ? (
        <p className="mt-1 text-sm">{t("none")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm">{t("intro")}</p>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {signals.map((signal, index) => (
              <li key={index} data-testid={`signal-${signal.code}`}>{text(signal)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
