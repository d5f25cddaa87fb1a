import { getFormatter, getTranslations } from "next-intl/server";
import { Fen, Usd } from "@/components/money";
import type { OffshoreClaimSummary } from "@/lib/print/get-offshore-claim-summary";
import { Facts, SummaryNote } from "./print-document";
import { ApplicantSection } from "./print-sections";

/** The body of a claim's printed summary: applicant, totals, and the contract lines as a table. */
export async function OffshoreClaimSummaryBody({ claim }: { claim: OffshoreClaimSummary }) {
  const t = await getTranslations("print");
  const tStatus = await getTranslations("claimStatus");
  const tCategory = await getTranslations("serviceCategory");
  const format = await getFormatter();
  return (
    <>
      <ApplicantSection heading={t("applicant")} applicant={claim.organisation} />
      <section aria-labelledby="summary-claim" className="print-keep mt-5">
        <h2 id="summary-claim" className="mb-2 text-base font-semibold">{t("claim")}</h2>
        <Facts
          items={[
            [t("claimNo"), claim.claimNo],
            [t("claimYear"), t("year", { year: claim.claimYear })],
            [t("status"), <span key="status" data-testid="print-status">{tStatus(claim.status)}</span>],
            [t("submittedAt"), claim.submittedAt ? format.dateTime(claim.submittedAt, "dateTime") : t("notSubmitted")],
            [t("offshoreTotal"), <Usd key="offshore" value={claim.offshoreUsdCents} />],
            [t("onshoreTotal"), <Usd key="onshore" value={claim.onshoreUsdCents} />],
            [claim.grantedFen !== null ? t("grantedAmount") : t("entitlementAmount"), <Fen key="amount" value={claim.grantedFen ?? claim.entitlementFen} />],
          ]}
        />
      </section>
      <section aria-labelledby="summary-lines" className="mt-5">
        <h2 id="summary-lines" className="mb-2 text-base font-semibold">{t("lines", { count: claim.lines.length })}</h2>
        <table className="print-table w-full border-collapse text-left text-xs" data-testid="print-lines">
          <thead>
            <tr>
              <th scope="col">{t("lineNo")}</th>
              <th scope="col">{t("contractRegNo")}</th>
              <th scope="col">{t("client")}</th>
              <th scope="col">{t("serviceCategory")}</th>
              <th scope="col" className="text-right">{t("contractValue")}</th>
              <th scope="col" className="text-right">{t("executed")}</th>
              <th scope="col">{t("fxReceiptDate")}</th>
            </tr>
          </thead>
          <tbody>
            {claim.lines.map((line) => (
              <tr key={line.id}>
                <td>{line.lineNo}</td>
                <td>{line.contractRegNo}</td>
                <td>{line.clientName} ({line.clientCountry})</td>
                <td>{tCategory(line.serviceCategory)}</td>
                <td className="whitespace-nowrap text-right"><Usd value={line.contractValueUsdCents} /></td>
                <td className="whitespace-nowrap text-right"><Usd value={line.executedUsdCents} /></td>
                <td>{format.dateTime(line.fxReceiptDate, { dateStyle: "medium", timeZone: "UTC" })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>{t("total")}</th>
              <td className="text-right"><Usd value={claim.offshoreUsdCents} /></td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>
      <SummaryNote messageKey="summaryNote" />
    </>
  );
}
