import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireReviewer } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listOrganisationsAwaitingVetting } from "@/lib/organisations/list-organisations-awaiting-vetting";
import { ActionButton } from "../_components/action-button";
import { activateOrganisationAction } from "./actions";
import { RejectOrganisationForm } from "./reject-organisation-form";

/** Organisations registered by sign-up that wait for a reviewer to check their credit code and business licence. */
export default async function VettingPage() {
  const reviewer = await requireReviewer();
  const t = await getTranslations("review");
  const tKind = await getTranslations("review.vettingOrganisationKind");
  const format = await getFormatter();
  const organisations = await listOrganisationsAwaitingVetting(getPrisma(), reviewer.cityId);
  const english = (await getLocale()) === "en";
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("vettingTitle")}</h1>
      <p className="mt-2 max-w-2xl text-sm">{t("vettingIntro")}</p>
      {organisations.length === 0 ? <p className="mt-4">{t("vettingEmpty")}</p> : null}
      <ul className="mt-4 flex flex-col gap-4">
        {organisations.map((o) => (
          <li key={o.id} className="rounded border border-slate-300 bg-white p-4" data-testid="vetting-item">
            <h2 className="text-lg font-semibold">{o.nameZh}</h2>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt>{t("vettingKind")}</dt>
              <dd>{tKind(o.kind)}</dd>
              <dt>{t("vettingCreditCode")}</dt>
              <dd className="font-mono">{o.creditCode}</dd>
              <dt>{t("vettingContact")}</dt>
              <dd>{o.contactName}</dd>
              <dt>{t("vettingRegistered")}</dt>
              <dd>{format.dateTime(o.createdAt, "date")}</dd>
              {o.movedFrom ? (
                <>
                  <dt>{t("vettingMovedFrom")}</dt>
                  <dd data-testid="vetting-moved-from">{english ? o.movedFrom.city.nameEn : o.movedFrom.city.nameZh}</dd>
                </>
              ) : null}
              <dt>{t("vettingLicence")}</dt>
              <dd>
                {o.licence ? (
                  <a className="text-brand-700 underline" href={`/api/evidence/${o.licence.id}?inline=1`} target="_blank" rel="noopener">
                    {t("vettingOpenLicence")}
                  </a>
                ) : (
                  t("vettingNoLicence")
                )}
              </dd>
            </dl>
            <div className="mt-3 flex flex-wrap items-start gap-6">
              <ActionButton action={activateOrganisationAction} input={{ organisationId: o.id }} label={t("vettingActivate")} />
              <RejectOrganisationForm organisationId={o.id} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
