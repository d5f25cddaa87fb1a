import { getLocale, getTranslations } from "next-intl/server";
import { formatUsdCents } from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";
import { formatRatePerUsd, type ReconciliationFinding } from "@/lib/verification/reconcile-claim-line";
import type { ClaimReconciliation } from "@/lib/verification/reconcile-offshore-claim";

/**
 * Issue 18: each offshore line against the Ministry of Commerce statistics and the bank's receipts,
 * and the verified total. The reviewer's claim page and the applicant's own claim page show the
 * same result (lib/verification/reconcile-offshore-claim.ts); the applicant's says what it is for.
 */
export async function ReconciliationSection({ reconciliation, audience = "reviewer" }: { reconciliation: ClaimReconciliation; audience?: "reviewer" | "applicant" }) {
  const t = await getTranslations("verification.reconciliation");
  const locale = toLocale(await getLocale());
  const usd = (cents: bigint) => formatUsdCents(Number(cents), locale);
  const text = (finding: ReconciliationFinding) => {
    switch (finding.code) {
      case "CONTRACT_NOT_FOUND":
        return t("finding.CONTRACT_NOT_FOUND");
      case "EXECUTION_OUTSIDE_YEAR":
        return t("finding.EXECUTION_OUTSIDE_YEAR", { start: finding.periodStart, end: finding.periodEnd });
      case "AMOUNT_DIFFERS":
        return t("finding.AMOUNT_DIFFERS", { declared: usd(finding.declaredUsdCents), recorded: usd(finding.recordedUsdCents), tolerance: usd(finding.toleranceUsdCents) });
      case "RECEIPTS_SHORT":
        return t("finding.RECEIPTS_SHORT", { received: usd(finding.receivedUsdCents), recorded: usd(finding.recordedUsdCents) });
      case "RATE_MISSING":
        return t("finding.RATE_MISSING", { currency: finding.currency });
      case "CONVERTED":
        return t("finding.CONVERTED", { currency: finding.currency, rate: formatRatePerUsd(finding.ratePerUsd) });
    }
  };
  return (
    <section aria-labelledby="reconciliation" className="mt-6 rounded border border-slate-300 bg-white p-4" data-testid="reconciliation">
      <h2 id="reconciliation" className="text-lg font-semibold">{t("title")}</h2>
      {audience === "applicant" && reconciliation.dataAvailable ? <p className="mt-1 text-sm text-slate-700">{t("applicantIntro")}</p> : null}
      {!reconciliation.dataAvailable ? (
        <p className="mt-1 text-sm" data-testid="reconciliation-no-data">{t(audience === "applicant" ? "applicantNoData" : "noData")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm" data-testid="reconciliation-totals">
            {t("totals", { declared: usd(reconciliation.declaredUsdCents), verified: usd(reconciliation.verifiedUsdCents), issues: reconciliation.linesWithIssues })}
          </p>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {reconciliation.lines.map((line) => (
              <li key={line.lineId} data-testid={`reconciliation-line-${line.lineNo}`}>
                <span className="font-medium">{line.lineNo}. {line.contractRegNo}</span>{" "}
                <span className={line.result.status === "MATCHED" ? "text-green-800" : "text-amber-800"}>{t(`status.${line.result.status}`)}</span>
                {" · "}{t("verified", { amount: usd(line.result.verifiedUsdCents) })}
                {line.result.findings.length > 0 ? (
                  <ul className="list-disc pl-6">
                    {line.result.findings.map((finding, index) => (
                      <li key={index}>{text(finding)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
