import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Fen, Usd } from "@/components/money";
import { eligibilityTextWith } from "@/lib/i18n/localise-day-params";
import type { OffshoreDecisionNotice } from "@/lib/print/get-offshore-decision-notice";
import { formatUsdCents } from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";
import type { VerifiedBasisRecord } from "@/lib/verification/verified-basis";
import { Facts, IssuerLine } from "./print-document";
import { RejectionSection } from "./print-sections";

/**
 * The body of a decision notice: to whom, which claim, the outcome; for an approval the amount
 * and the eligibility module's explanation as decided, for a rejection the reviewer's reason.
 */
export async function OffshoreDecisionNoticeBody({ notice }: { notice: OffshoreDecisionNotice }) {
  const t = await getTranslations("print");
  const tE = await getTranslations("eligibility");
  const format = await getFormatter();
  const { claim } = notice;
  const decidedOn = format.dateTime(notice.decidedAt, "date");
  const explain = eligibilityTextWith(tE, format);
  return (
    <>
      <p className="text-sm">{t("notice.to", { organisation: claim.organisation.nameZh })}</p>
      <p className="mt-3 text-sm leading-relaxed" data-testid="notice-outcome">
        {notice.outcome === "approved"
          ? t("notice.approvedText", { claimNo: claim.claimNo, year: claim.claimYear, date: decidedOn })
          : t("notice.rejectedText", { claimNo: claim.claimNo, year: claim.claimYear, date: decidedOn })}
      </p>
      <section aria-labelledby="notice-facts" className="print-keep mt-5">
        <h2 id="notice-facts" className="mb-2 text-base font-semibold">{t("notice.facts")}</h2>
        <Facts
          items={[
            [t("organisation"), claim.organisation.nameZh],
            [t("creditCode"), claim.organisation.creditCode],
            [t("claimNo"), claim.claimNo],
            [t("claimYear"), t("year", { year: claim.claimYear })],
            [t("offshoreTotal"), <Usd key="offshore" value={claim.offshoreUsdCents} />],
            [t("notice.outcome"), <strong key="outcome">{t(`notice.outcomeValue.${notice.outcome}`)}</strong>],
            ...(notice.outcome === "approved"
              ? [[t("grantedAmount"), <strong key="amount" data-testid="notice-amount"><Fen value={notice.amountFen} /></strong>] as [string, ReactNode]]
              : []),
            [t("notice.decidedAt"), decidedOn],
          ]}
        />
      </section>
      {notice.outcome === "approved" ? (
        <section aria-labelledby="notice-explanation" className="print-keep mt-5">
          <h2 id="notice-explanation" className="mb-2 text-base font-semibold">{t("notice.explanation")}</h2>
          {notice.evaluation?.calculation ? <p className="text-sm" data-testid="notice-calculation">{explain(notice.evaluation.calculation)}</p> : null}
          {notice.evaluation?.verification ? <VerifiedBasis record={notice.evaluation.verification} /> : null}
          <ul className="mt-1 list-disc pl-6 text-sm">
            {(notice.evaluation?.reasons ?? []).map((reason) => (
              <li key={reason.code}>
                {t("notice.reasonLine", { verdict: reason.passed ? t("notice.met") : t("notice.notMet"), text: explain(reason) })}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">{t("notice.approvedNext")}</p>
        </section>
      ) : (
        <RejectionSection reason={notice.reason} />
      )}
      <IssuerLine date={decidedOn} />
    </>
  );
}

/** An approval on the verified total (issue 18): why the enterprise is paid on less than it declared, line by line. */
async function VerifiedBasis({ record }: { record: VerifiedBasisRecord }) {
  const t = await getTranslations("print.notice");
  const locale = toLocale(await getLocale());
  const usd = (cents: string | bigint) => formatUsdCents(Number(cents), locale);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return (
    <div className="mt-1 text-sm" data-testid="notice-verified-basis">
      <p>{t("verifiedBasis", { verified: usd(record.verifiedUsdCents), declared: usd(record.declaredUsdCents), difference: usd(BigInt(record.declaredUsdCents) - BigInt(record.verifiedUsdCents)) })}</p>
      <ul className="mt-1 list-disc pl-6">
        {record.lines.map((line) => (
          <li key={line.lineNo}>
            {t("verifiedLine", {
              contractRegNo: line.contractRegNo,
              lineNo: line.lineNo,
              declared: usd(line.declaredUsdCents),
              verified: usd(line.verifiedUsdCents),
              reasons: list.format(line.findings.map((code) => t(`verifiedFinding.${code}` as "verifiedFinding.AMOUNT_DIFFERS"))),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
