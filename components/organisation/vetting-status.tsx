import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/action-result";
import { getPrisma } from "@/lib/db";
import { getOrganisationVetting } from "@/lib/organisations/get-organisation-vetting";
import { LicenceUploadForm } from "./licence-upload-form";

/**
 * On an applicant's start page: whether the bureau has vetted the organisation (it submits claims
 * only when it has), the refusal's reason, and the business licence upload while not yet active.
 */
export async function VettingStatus({
  organisationId,
  uploadAction,
}: {
  organisationId: string;
  uploadAction: (form: FormData) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = await getTranslations("profile");
  const format = await getFormatter();
  const vetting = await getOrganisationVetting(getPrisma(), organisationId);
  const english = (await getLocale()) === "en";
  const from = vetting.movedFrom;
  // A registration opened by a move of city: the claims filed in the old city stay with its bureau.
  const movedNote = from?.closedAt ? (
    <p className="mt-4 max-w-2xl text-sm" data-testid="moved-from">
      {t("movedFrom", {
        city: english ? from.city.nameEn : from.city.nameZh,
        date: format.dateTime(from.closedAt, "date"),
        claims: from._count.offshoreClaims + from._count.trainingClaims,
        bureau: english ? from.city.bureauNameEn : from.city.bureauNameZh,
      })}
    </p>
  ) : null;
  if (vetting.status === "ACTIVE") {
    return (
      <>
        <p className="mt-4 text-sm text-green-900" data-testid="vetting-status">
          {t("vettingActive")}
        </p>
        {movedNote}
      </>
    );
  }
  return (
    <>
      {movedNote}
      <section className="mt-4 max-w-2xl rounded border border-amber-600 bg-amber-50 p-4" data-testid="vetting-status" aria-labelledby="vetting-title">
        <h2 id="vetting-title" className="text-lg font-semibold">
          {vetting.status === "REJECTED" ? t("vettingRejected") : t("vettingPending")}
        </h2>
        {vetting.status === "REJECTED" && vetting.vettingNote ? <p className="mt-2">{t("vettingReason", { reason: vetting.vettingNote })}</p> : null}
        <p className="mt-2 text-sm">{t("vettingExplain")}</p>
        <p className="mt-2 text-sm">
          {vetting.licence ? t("licenceUploadedAt", { date: format.dateTime(vetting.licence.createdAt, "date") }) : t("licenceNone")}
        </p>
        <LicenceUploadForm action={uploadAction} />
      </section>
    </>
  );
}
