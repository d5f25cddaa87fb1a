import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { VettingStatus } from "@/components/organisation/vetting-status";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { formatFen, formatUsdCents } from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";
import { findPrefillOffers } from "@/lib/verification/prefill/find-prefill-offers";
import { uploadBusinessLicenceAction } from "./actions";
import { PrefillOfferButton } from "./_components/prefill-offer-button";

export default async function EnterpriseOverviewPage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  const t = await getTranslations("enterprise");
  const locale = toLocale(await getLocale());
  const offers = await findPrefillOffers(getPrisma(), user);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("overviewTitle", { organisation: user.organisationName ?? "" })}</h1>
      <p className="mt-3 max-w-2xl">{t("overviewIntro")}</p>
      <VettingStatus organisationId={user.organisationId} uploadAction={uploadBusinessLicenceAction} />
      {offers.map((offer) => (
        <section key={offer.year} aria-labelledby={`prefill-${offer.year}`} className="mt-6 max-w-2xl rounded border border-brand-300 bg-white p-4" data-testid={`prefill-offer-${offer.year}`}>
          <h2 id={`prefill-${offer.year}`} className="text-lg font-semibold">{t("prefill.title", { year: offer.year })}</h2>
          <p className="mt-1 text-sm">
            {t("prefill.text", { year: offer.year, executed: formatUsdCents(Number(offer.executedUsdCents), locale), amount: formatFen(offer.amountFen, locale), lines: offer.lines.length })}
          </p>
          {offer.skippedRecords > 0 ? <p className="mt-1 text-sm">{t("prefill.skipped", { count: offer.skippedRecords })}</p> : null}
          <PrefillOfferButton claimYear={offer.year} label={t("prefill.take", { year: offer.year })} />
        </section>
      ))}
      <Link href="/enterprise/claims" className="mt-6 inline-block text-brand-700 underline">
        {t("goToClaims")}
      </Link>
    </>
  );
}
