import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireAdministrator } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { toLocale } from "@/lib/i18n/locales";
import { getCityOrganisation } from "@/lib/organisations/get-city-organisation";
import { moveDestinations } from "@/lib/organisations/move-destinations";
import { OrganisationStatusBadge } from "../organisation-status-badge";
import { MoveOrganisationForm } from "./move-organisation-form";

/** One organisation of the administrator's city: its registration, its move if it moved, and the form to move it. */
export default async function OrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const admin = await requireAdministrator();
  const { organisationId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(organisationId)) notFound();
  const organisation = await getCityOrganisation(getPrisma(), admin.cityId, organisationId);
  if (!organisation) notFound();
  const t = await getTranslations("admin");
  const tKind = await getTranslations("review.vettingOrganisationKind");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const cityName = (city: { nameZh: string; nameEn: string }) => (locale === "en" ? city.nameEn : city.nameZh);
  const destinations = organisation.status === "CLOSED" ? [] : await moveDestinations(getPrisma(), admin.cityId, locale);
  return (
    <>
      <h1 className="text-2xl font-semibold">{organisation.nameZh}</h1>
      <p className="mt-2">
        <OrganisationStatusBadge status={organisation.status} />
      </p>
      <dl className="mt-4 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt>{t("organisationKind")}</dt>
        <dd>{tKind(organisation.kind)}</dd>
        <dt>{t("creditCode")}</dt>
        <dd className="font-mono">{organisation.creditCode}</dd>
        <dt>{t("organisationAddress")}</dt>
        <dd>{organisation.address}</dd>
        <dt>{t("organisationContact")}</dt>
        <dd>{organisation.contactName}</dd>
        <dt>{t("organisationRegistered")}</dt>
        <dd>{format.dateTime(organisation.createdAt, "date")}</dd>
        <dt>{t("organisationClaims")}</dt>
        <dd>{organisation._count.offshoreClaims + organisation._count.trainingClaims}</dd>
        <dt>{t("organisationMembers")}</dt>
        <dd>{organisation._count.users}</dd>
        {organisation.movedFrom ? (
          <>
            <dt>{t("organisationMovedFrom")}</dt>
            <dd>{cityName(organisation.movedFrom.city)}</dd>
          </>
        ) : null}
      </dl>
      {organisation.status === "CLOSED" ? (
        <section className="mt-6 max-w-2xl rounded border border-slate-400 bg-slate-50 p-4" data-testid="organisation-closed">
          <h2 className="text-lg font-semibold">{t("organisationClosedTitle")}</h2>
          <p className="mt-2 text-sm">
            {organisation.movedTo
              ? t("organisationMovedTo", { city: cityName(organisation.movedTo.city), date: format.dateTime(organisation.closedAt!, "date") })
              : t("organisationClosedOn", { date: format.dateTime(organisation.closedAt!, "date") })}
          </p>
          {organisation.closedReason ? <p className="mt-2 text-sm">{t("organisationClosedReason", { reason: organisation.closedReason })}</p> : null}
          <p className="mt-2 text-sm">{t("organisationClosedHistory")}</p>
        </section>
      ) : destinations.length > 0 ? (
        <section className="mt-6 max-w-2xl" aria-labelledby="move-title">
          <h2 id="move-title" className="text-lg font-semibold">{t("moveTitle")}</h2>
          <p className="mt-1 text-sm">{t("moveIntro")}</p>
          <MoveOrganisationForm organisationId={organisation.id} destinations={destinations} />
        </section>
      ) : null}
    </>
  );
}
