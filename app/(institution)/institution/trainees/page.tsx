import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/button";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listTraineesForInstitution } from "@/lib/trainees/list-trainees";

export default async function TraineesPage() {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const t = await getTranslations("institution");
  const tLevel = await getTranslations("collegeLevel");
  const trainees = await listTraineesForInstitution(getPrisma(), user.organisationId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("traineesTitle")}</h1>
      <div className="mt-3 flex gap-3">
        <Link className={buttonClass()} href="/institution/trainees/new">{t("registerTrainee")}</Link>
        <Link className={buttonClass("secondary")} href="/institution/trainees/import">{t("importCohort")}</Link>
      </div>
      {trainees.length === 0 ? (
        <p className="mt-4">{t("noTrainees")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("traineeName")}</th>
              <th scope="col" className="p-2">{t("idNumber")}</th>
              <th scope="col" className="p-2">{t("college")}</th>
              <th scope="col" className="p-2">{t("collegeLevel")}</th>
              <th scope="col" className="p-2 text-right">{t("trainingCount")}</th>
              <th scope="col" className="p-2 text-right">{t("contractCount")}</th>
            </tr>
          </thead>
          <tbody>
            {trainees.map((trainee) => (
              <tr key={trainee.id} className="border-b border-slate-200">
                <td className="p-2"><Link className="text-brand-700 underline" href={`/institution/trainees/${trainee.id}`}>{trainee.name}</Link></td>
                <td className="p-2 font-mono" data-testid="masked-id">{trainee.person.idNumberMasked}</td>
                <td className="p-2">{trainee.college}</td>
                <td className="p-2">{tLevel(trainee.collegeLevel)}</td>
                <td className="p-2 text-right">{trainee._count.trainingRecords}</td>
                <td className="p-2 text-right">{trainee._count.contracts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
