import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import { eligibilityTextWith } from "@/lib/i18n/localise-day-params";
import type { TrainingDecisionNotice } from "@/lib/print/get-training-decision-notice";
import { Facts, IssuerLine } from "./print-document";
import { RejectionSection } from "./print-sections";

/**
 * The body of a training claim's decision notice: to which institution, which claim, the outcome.
 * An approval is decided trainee by trainee, so it lists each line's result and granted amounts
 * and, for each line, the eligibility module's calculation (and the conditions a refused line
 * failed); a rejection gives the reviewer's reason.
 */
export async function TrainingDecisionNoticeBody({ notice }: { notice: TrainingDecisionNotice }) {
  const t = await getTranslations("print");
  const tE = await getTranslations("eligibility");
  const format = await getFormatter();
  const { claim } = notice;
  const decidedOn = format.dateTime(notice.decidedAt, "date");
  const explain = eligibilityTextWith(tE, format);
  const approved = notice.outcome === "approved";
  const grantedCount = notice.lines.filter((l) => l.decision === "APPROVED").length;
  return (
    <>
      <p className="text-sm">{t("notice.to", { organisation: claim.institution.nameZh })}</p>
      <p className="mt-3 text-sm leading-relaxed" data-testid="notice-outcome">
        {approved
          ? t("training.notice.approvedText", { claimNo: claim.claimNo, year: claim.claimYear, date: decidedOn, granted: grantedCount, refused: notice.lines.length - grantedCount })
          : t("training.notice.rejectedText", { claimNo: claim.claimNo, year: claim.claimYear, date: decidedOn })}
      </p>
      <section aria-labelledby="notice-facts" className="print-keep mt-5">
        <h2 id="notice-facts" className="mb-2 text-base font-semibold">{t("notice.facts")}</h2>
        <Facts
          items={[
            [t("organisation"), claim.institution.nameZh],
            [t("creditCode"), claim.institution.creditCode],
            [t("claimNo"), claim.claimNo],
            [t("claimYear"), t("year", { year: claim.claimYear })],
            [t("training.notice.traineeCount"), t("training.notice.traineeCountValue", { count: notice.lines.length })],
            [t("notice.outcome"), <strong key="outcome">{t(`notice.outcomeValue.${notice.outcome}`)}</strong>],
            ...(approved
              ? ([
                  [t("grantedAmount"), <strong key="amount" data-testid="notice-amount"><Fen value={notice.amountFen} /></strong>],
                  [t("training.notice.traineeGranted"), <span key="trainee" data-testid="notice-trainee-amount"><Fen value={notice.traineeFen} /></span>],
                  [t("training.notice.institutionGranted"), <span key="institution" data-testid="notice-institution-amount"><Fen value={notice.institutionFen} /></span>],
                ] as Array<[string, ReactNode]>)
              : []),
            [t("notice.decidedAt"), decidedOn],
          ]}
        />
      </section>
      <section aria-labelledby="notice-lines" className="mt-5">
        <h2 id="notice-lines" className="mb-2 text-base font-semibold">{t("training.notice.lines")}</h2>
        <table className="print-table w-full border-collapse text-left text-xs" data-testid="notice-lines">
          <thead>
            <tr>
              <th scope="col" className="whitespace-nowrap">{t("lineNo")}</th>
              <th scope="col">{t("training.trainee")}</th>
              <th scope="col">{t("training.idNumber")}</th>
              <th scope="col">{t("training.lineDecision")}</th>
              {approved ? <th scope="col" className="text-right">{t("training.notice.grantedTrainee")}</th> : null}
              {approved ? <th scope="col" className="text-right">{t("training.notice.grantedInstitution")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {notice.lines.map((line) => (
              <tr key={line.id} data-testid="notice-line">
                <td>{line.lineNo}</td>
                <td className="whitespace-nowrap">{line.traineeName}</td>
                <td className="whitespace-nowrap font-mono" data-testid="masked-id">{line.idNumberMasked}</td>
                <td>{t(`training.decisionValue.${line.decision}`)}</td>
                {approved ? <td className="whitespace-nowrap text-right"><Fen value={line.traineeFen} /></td> : null}
                {approved ? <td className="whitespace-nowrap text-right"><Fen value={line.institutionFen} /></td> : null}
              </tr>
            ))}
          </tbody>
          {approved ? (
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>{t("total")}</th>
                <td className="whitespace-nowrap text-right"><Fen value={notice.traineeFen} /></td>
                <td className="whitespace-nowrap text-right"><Fen value={notice.institutionFen} /></td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </section>
      {approved ? (
        <section aria-labelledby="notice-explanation" className="mt-5">
          <h2 id="notice-explanation" className="mb-2 text-base font-semibold">{t("notice.explanation")}</h2>
          <ul className="text-sm" data-testid="notice-calculation">
            {notice.lines.map((line) => (
              <li key={line.id} className="print-keep mt-1">
                {t("training.notice.lineExplanation", { lineNo: line.lineNo, name: line.traineeName, text: line.calculation ? explain(line.calculation) : "—" })}
                {line.unmet.length > 0 ? (
                  <ul className="list-disc pl-6">
                    {line.unmet.map((reason) => (
                      <li key={reason.code}>{t("training.notice.unmet", { text: explain(reason) })}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="print-keep mt-3 text-sm">{t("training.notice.approvedNext")}</p>
        </section>
      ) : (
        <RejectionSection reason={notice.reason} />
      )}
      <IssuerLine date={decidedOn} />
    </>
  );
}
