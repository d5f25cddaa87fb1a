import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateClaimForm } from "@/app/(institution)/institution/_components/claim-forms";
import { Fen } from "@/components/money";
import { StatusBadge } from "@/components/status-badge";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { listTrainingClaimsForInstitution } from "@/lib/training-claims/list-training-claims";
import { getPrisma } from "@/lib/db";
import { todayInChina } from "@/lib/eligibility";
import { createTrainingClaimAction } from "./actions";

export default async function TrainingClaimsPage() {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const t = await getTranslations("institution");
  const claims = await listTrainingClaimsForInstitution(getPrisma(), user.organisationId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("claimsTitle")}</h1>
      <CreateClaimForm action={createTrainingClaimAction} defaultYear={Number(todayInChina().slice(0, 4))} />
      {claims.length === 0 ? (
        <p className="mt-4">{t("noClaims")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("claimNo")}</th>
              <th scope="col" className="p-2">{t("claimYear")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
              <th scope="col" className="p-2 text-right">{t("lines")}</th>
              <th scope="col" className="p-2 text-right">{t("traineeTotal")}</th>
              <th scope="col" className="p-2 text-right">{t("institutionTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} className="border-b border-slate-200">
                <td className="p-2"><Link className="text-brand-700 underline" href={`/institution/claims/${claim.id}`}>{claim.claimNo}</Link></td>
                <td className="p-2">{claim.claimYear}</td>
                <td className="p-2"><StatusBadge status={claim.status} /></td>
                <td className="p-2 text-right">{claim._count.lines}</td>
                <td className="p-2 text-right"><Fen value={claim.traineeTotalFen} /></td>
                <td className="p-2 text-right"><Fen value={claim.institutionTotalFen} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
