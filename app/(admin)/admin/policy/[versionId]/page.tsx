import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdministrator } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { earliestEffectiveDate } from "@/lib/policy/effective-date-rule";
import { getPolicyVersion } from "@/lib/policy/list-policy-versions";
import { loadEffectiveDateFacts } from "@/lib/policy/load-effective-date-facts";
import { diffPolicyParameters, POLICY_PARAMETERS } from "@/lib/policy/policy-parameters";
import { draftFormValuesOf } from "@/lib/schemas/policy-draft";
import { listStaffNames } from "@/lib/users/list-staff-names";
import { formatParameterValue } from "../_components/parameter-value";
import { DiscardButton, PublishButton, StartDraftButton } from "../version-buttons";
import { PolicyDraftForm } from "./policy-draft-form";

export default async function PolicyVersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const user = await requireAdministrator();
  const t = await getTranslations("policy");
  const locale = await getLocale();
  const format = await getFormatter();
  const prisma = getPrisma();
  const version = await getPolicyVersion(prisma, user.cityId, decodeURIComponent((await params).versionId));
  if (!version) notFound();
  const base = version.basedOnId ? await getPolicyVersion(prisma, user.cityId, version.basedOnId) : null;
  const names = await listStaffNames(prisma, [version.draftedById, version.lastEditedById, version.publishedById]);
  const nameOf = (v: { nameZh: string; nameEn: string }) => (locale === "en" ? v.nameEn : v.nameZh);
  const value = (key: (typeof POLICY_PARAMETERS)[number]["key"], v: typeof version) => formatParameterValue(POLICY_PARAMETERS.find((p) => p.key === key)!.unit, v[key], locale, t);
  const isDraft = version.status === "DRAFT";
  const changes = base ? diffPolicyParameters(base, version) : [];
  const isAuthor = user.id === version.draftedById || user.id === version.lastEditedById;
  const earliest = isDraft ? earliestEffectiveDate(await loadEffectiveDateFacts(prisma, user.cityId)) : null;

  return (
    <>
      <p className="text-sm">
        <Link href="/admin/policy" className="text-blue-800 underline">{t("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{nameOf(version)}</h1>
      <p className="mt-2" data-testid="policy-status">
        {isDraft
          ? t("draftStatus", { from: version.effectiveFrom, revision: version.revision, drafter: names.get(version.draftedById ?? "") ?? "—", editor: names.get(version.lastEditedById ?? "") ?? "—" })
          : t("publishedStatus", {
              range: version.effectiveTo ? t("range", { from: version.effectiveFrom, to: version.effectiveTo }) : t("rangeOpen", { from: version.effectiveFrom }),
              publisher: names.get(version.publishedById ?? "") ?? t("builtIn"),
              at: version.publishedAt ? format.dateTime(version.publishedAt, { dateStyle: "medium", timeZone: "Asia/Shanghai" }) : "—",
            })}
      </p>

      {isDraft ? (
        <>
          <section className="mt-6 rounded border border-slate-300 bg-white p-4" aria-labelledby="policy-changes">
            <h2 id="policy-changes" className="text-lg font-semibold">{t("changesTitle", { base: base ? nameOf(base) : "—" })}</h2>
            {changes.length === 0 ? (
              <p className="mt-2 text-sm">{t("noChanges")}</p>
            ) : (
              <table className="mt-2 w-full border-collapse text-left text-sm" data-testid="policy-changes">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-2">{t("parameter")}</th>
                    <th scope="col" className="p-2">{t("before")}</th>
                    <th scope="col" className="p-2">{t("after")}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c) => (
                    <tr key={c.key} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-medium">{t(`parameters.${c.key}`)}</th>
                      <td className="p-2 tabular-nums">{value(c.key, base!)}</td>
                      <td className="p-2 tabular-nums">{value(c.key, version)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div className="mt-4 flex flex-wrap items-start gap-3">
              <Link href={`/admin/policy/${encodeURIComponent(version.id)}/what-if`} className="rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100">
                {t("whatIfLink")}
              </Link>
              {isAuthor ? <p className="text-sm" data-testid="publish-not-yours">{t("publishNeedsSecond")}</p> : <PublishButton versionId={version.id} revision={version.revision} />}
              <DiscardButton versionId={version.id} />
            </div>
          </section>

          <h2 className="mt-8 text-lg font-semibold">{t("editTitle")}</h2>
          {/* Not keyed on the revision: the form keeps its "saved" message across the refresh its own save causes (it tracks the new revision itself). */}
          <PolicyDraftForm defaults={draftFormValuesOf(version)} earliest={earliest!} />
        </>
      ) : (
        <>
          <table className="mt-4 w-full max-w-2xl border-collapse bg-white text-left text-sm" data-testid="policy-parameters">
            <tbody>
              {POLICY_PARAMETERS.map(({ key }) => (
                <tr key={key} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">{t(`parameters.${key}`)}</th>
                  <td className="p-2 tabular-nums">{value(key, version)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-4 max-w-3xl text-sm">{t("publishedIsFinal")}</p>
          <div className="mt-2">
            <StartDraftButton versionId={version.id} versionName={nameOf(version)} />
          </div>
        </>
      )}
    </>
  );
}
