import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { OffshoreClaimEditor } from "@/app/(enterprise)/enterprise/_components/offshore-claim-editor";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { countryOptions } from "@/lib/offshore-claims/countries";
import { todayInChina } from "@/lib/eligibility";

export default async function NewOffshoreClaimPage() {
  await requireOrganisationMember("ENTERPRISE");
  const t = await getTranslations("offshoreClaim");
  // Claims are filed for a finished year: last year is the usual choice.
  const lastYear = Number(todayInChina().slice(0, 4)) - 1;
  return (
    <>
      <p>
        <Link href="/enterprise/claims" className="text-sm text-brand-700 underline">
          {t("backToClaims")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{t("newClaimTitle")}</h1>
      <p className="mt-2 max-w-2xl">{t("newClaimIntro")}</p>
      <OffshoreClaimEditor claim={{ onshoreUsd: "0.00", lines: [] }} grantedFenThisYear={0} defaultClaimYear={lastYear} countries={countryOptions(await getLocale())} />
    </>
  );
}
