import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { VettingStatus } from "@/components/organisation/vetting-status";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { uploadBusinessLicenceAction } from "./actions";

export default async function EnterpriseOverviewPage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  const t = await getTranslations("enterprise");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("overviewTitle", { organisation: user.organisationName ?? "" })}</h1>
      <p className="mt-3 max-w-2xl">{t("overviewIntro")}</p>
      <VettingStatus organisationId={user.organisationId} uploadAction={uploadBusinessLicenceAction} />
      <Link href="/enterprise/claims" className="mt-6 inline-block text-brand-700 underline">
        {t("goToClaims")}
      </Link>
    </>
  );
}
