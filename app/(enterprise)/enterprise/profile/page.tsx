import { getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/enterprise/profile-form";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { getOrganisationProfile } from "@/lib/organisations/get-organisation-profile";

export default async function EnterpriseProfilePage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  const t = await getTranslations("profile");
  const profile = await getOrganisationProfile(getPrisma(), user.organisationId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      <dl className="mt-4 grid max-w-xl grid-cols-2 gap-2">
        <dt className="font-medium">{t("creditCode")}</dt>
        <dd data-testid="credit-code" className="font-mono">{profile.creditCode}</dd>
      </dl>
      <ProfileForm
        profile={{
          nameZh: profile.nameZh,
          nameEn: profile.nameEn ?? "",
          district: profile.district as never,
          address: profile.address,
          contactName: profile.contactName,
          contactPhone: profile.contactPhone,
          contactEmail: profile.contactEmail,
          bankAccountName: profile.bankAccountName ?? "",
          bankName: profile.bankName ?? "",
          bankAccount: "",
        }}
        bankAccountMasked={profile.bankAccountMasked}
      />
    </>
  );
}
