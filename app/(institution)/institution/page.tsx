import { getTranslations } from "next-intl/server";
import { requireOrganisationMember } from "@/lib/auth/current-user";

export default async function InstitutionOverviewPage() {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const t = await getTranslations("institution");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("overviewTitle", { organisation: user.organisationName ?? "" })}</h1>
      <p className="mt-3 max-w-2xl">{t("overviewIntro")}</p>
    </>
  );
}
