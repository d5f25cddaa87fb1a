import { getFormatter, getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import type { TrainingClaimSummary } from "@/lib/print/get-training-claim-summary";
import { Facts, SummaryNote } from "./print-document";
import { ApplicantSection } from "./print-sections";

/** The body of a training claim's printed summary: the institution, the totals, one table row per trainee. */
export async function TrainingClaimSummaryBody({ claim }: { claim: TrainingClaimSummary }) {
  const t = await getTranslations("print");
  const tStatus = await getTranslations("claimStatus");
  const format = await getFormatter();
  // Training and contract days are calendar days stored at UTC midnight: formatted in UTC so no zone shifts them.
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <ApplicantSection heading={t("training.applicant")} applicant={claim.institution} />
      <section aria-labelledby="summary-claim" className="print-keep mt-5">
        <h2 id="summary-claim" className="mb-2 text-base font-semibold">{t("claim")}</h2>
        <Facts
          items={[
            [t("claimNo"), claim.claimNo],
            [t("claimYear"), t("year", { year: claim.claimYear })],
            [t("status"), <span key="status" data-testid="print-status">{tStatus(claim.status)}</span>],
            [t("submittedAt"), claim.submittedAt ? format.dateTime(claim.submittedAt, "dateTime") : t("notSubmitted")],
            [t("training.traineeTotal"), <Fen key="trainee" value={claim.traineeTotalFen} />],
            [t("training.institutionTotal"), <Fen key="institution" value={claim.institutionTotalFen} />],
          ]}
        />
      </section>
      <section aria-labelledby="summary-lines" className="mt-5">
        <h2 id="summary-lines" className="mb-2 text-base font-semibold">{t("training.lines", { count: claim.lines.length })}</h2>
        <table className="print-table w-full border-collapse text-left text-xs" data-testid="print-lines">
          <thead>
            <tr>
              <th scope="col" className="whitespace-nowrap">{t("lineNo")}</th>
              <th scope="col" className="whitespace-nowrap">{t("training.trainee")}</th>
              <th scope="col">{t("training.idNumber")}</th>
              <th scope="col">{t("training.course")}</th>
              <th scope="col">{t("training.certificateNo")}</th>
              <th scope="col">{t("training.employer")}</th>
              <th scope="col" className="whitespace-nowrap">{t("training.inNanchang")}</th>
              <th scope="col" className="text-right">{t("training.traineeAmount")}</th>
              <th scope="col" className="text-right">{t("training.institutionAmount")}</th>
              <th scope="col" className="whitespace-nowrap">{t("training.lineDecision")}</th>
            </tr>
          </thead>
          <tbody>
            {claim.lines.map((line) => (
              <tr key={line.id} data-testid="print-line">
                <td>{line.lineNo}</td>
                <td className="whitespace-nowrap">{line.traineeName}</td>
                <td className="whitespace-nowrap font-mono" data-testid="masked-id">{line.idNumberMasked}</td>
                <td>
                  {line.courseName}
                  <br />
                  {t("training.period", { start: day(line.trainingStart), end: day(line.trainingEnd) })}
                </td>
                <td>{line.certificateNo ?? "—"}</td>
                <td>{line.employerName}</td>
                <td className="whitespace-nowrap">{line.employerInNanchang ? t("training.yes") : t("training.no")}</td>
                <td className="whitespace-nowrap text-right"><Fen value={line.traineeFen} /></td>
                <td className="whitespace-nowrap text-right"><Fen value={line.institutionFen} /></td>
                <td className="whitespace-nowrap">{t(`training.decisionValue.${line.decision}`)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={7}>{t("total")}</th>
              <td className="whitespace-nowrap text-right" data-testid="print-trainee-total"><Fen value={claim.traineeTotalFen} /></td>
              <td className="whitespace-nowrap text-right" data-testid="print-institution-total"><Fen value={claim.institutionTotalFen} /></td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>
      <SummaryNote messageKey="training.summaryNote" />
    </>
  );
}
