import { getFormatter, getTranslations } from "next-intl/server";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listEmploymentConfirmations } from "@/lib/employment/list-employment-confirmations";
import { decideEmploymentAction } from "./actions";
import { EmploymentDecisionForm } from "./decision-form";

/** The employer's side: contracts institutions recorded with this enterprise, to confirm or dispute. */
export default async function EmploymentConfirmationsPage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  const t = await getTranslations("employment");
  const format = await getFormatter();
  const day = (value: Date) => format.dateTime(value, "date");
  const contracts = await listEmploymentConfirmations(getPrisma(), user.organisationId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      {contracts.length === 0 ? <p className="mt-4">{t("none")}</p> : (
        <table className="mt-4 w-full bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("trainee")}</th>
              <th scope="col" className="p-2">{t("idNumber")}</th>
              <th scope="col" className="p-2">{t("institution")}</th>
              <th scope="col" className="p-2">{t("signedOn")}</th>
              <th scope="col" className="p-2">{t("term")}</th>
              <th scope="col" className="p-2">{t("evidence")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {contracts.map((c) => (
              <tr key={c.id} className="border-b border-slate-200 align-top" data-testid="employment-row">
                <td className="p-2">{c.trainee.name}</td>
                <td className="p-2 font-mono">{c.trainee.person.idNumberMasked}</td>
                <td className="p-2">{c.trainee.institution.nameZh}</td>
                <td className="p-2">{day(c.signedOn)}</td>
                <td className="p-2">{day(c.startDate)} – {day(c.endDate)}</td>
                <td className="p-2">
                  {c.evidence.map((file, i) => <a key={file.id} className="mr-2 text-brand-700 underline" href={`/api/evidence/${file.id}`}>{i + 1}</a>)}
                </td>
                <td className="p-2">
                  <p data-testid="employment-state">{t(`state.${c.confirmation}`)}</p>
                  {c.disputeReason ? <p className="text-red-800">{t("disputeReason", { reason: c.disputeReason })}</p> : null}
                  {c.confirmation === "PENDING" || c.confirmation === "DISPUTED" ? (
                    <EmploymentDecisionForm contractId={c.id} traineeName={c.trainee.name} action={decideEmploymentAction} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
