import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { VettingStatus } from "@/components/organisation/vetting-status";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { uploadBusinessLicenceAction } from "./actions";

export default async function InstitutionOverviewPage() {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const t = await getTranslations("institution");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("overviewTitle", { organisation: user.organisationName ?? "" })}</h1>
      <p className="mt-3 max-w-2xl">{t("overviewIntro")}</p>
      <VettingStatus organisationId={user.organisationId} uploadAction={uploadBusinessLicenceAction} />
      <h2 className="mt-6 text-lg font-semibold">{t("quickLinks")}</h2>
      <ul className="mt-2 list-disc pl-6">
        <li><Link className="text-brand-700 underline" href="/institution/trainees/new">{t("registerTrainee")}</Link></li>
        <li><Link className="text-brand-700 underline" href="/institution/trainees/import">{t("importCohort")}</Link></li>
        <li><Link className="text-brand-700 underline" href="/institution/claims">{t("claimsTitle")}</Link></li>
        <li><Link className="text-brand-700 underline" href="/institution/profile">{t("profileLink")}</Link></li>
        <li><Link className="text-brand-700 underline" href="/institution/colleagues">{t("colleaguesLink")}</Link></li>
      </ul>
    </>
  );
}
