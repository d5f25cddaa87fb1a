import { getLocale, getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { getPrisma } from "@/lib/db";
import { toLocale } from "@/lib/i18n/locales";
import { profileDistrictChoices } from "@/lib/organisations/district-choices";
import { getOrganisationProfile } from "@/lib/organisations/get-organisation-profile";
import { ProfileForm } from "./profile-form";

/**
 * The profile page body shared by enterprises and institutions. The caller has already checked
 * that the user is a member of `organisationId` (requireOrganisationMember) and passes its area's action.
 */
export async function OrganisationProfile({ organisationId, action }: { organisationId: string; action: ComponentProps<typeof ProfileForm>["action"] }) {
  const t = await getTranslations("profile");
  const profile = await getOrganisationProfile(getPrisma(), organisationId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl">{t("intro")}</p>
      <dl className="mt-4 grid max-w-xl grid-cols-2 gap-2">
        <dt className="font-medium">{t("creditCode")}</dt>
        <dd data-testid="credit-code" className="font-mono">{profile.creditCode}</dd>
      </dl>
      <ProfileForm
        action={action}
        profile={{
          nameZh: profile.nameZh,
          nameEn: profile.nameEn ?? "",
          district: profile.district,
          address: profile.address,
          contactName: profile.contactName,
          contactPhone: profile.contactPhone,
          contactEmail: profile.contactEmail,
          bankAccountName: profile.bankAccountName ?? "",
          bankName: profile.bankName ?? "",
          bankAccount: "",
        }}
        districtGroups={await profileDistrictChoices(getPrisma(), profile.creditCode, toLocale(await getLocale()))}
        bankAccountMasked={profile.bankAccountMasked}
      />
    </>
  );
}
