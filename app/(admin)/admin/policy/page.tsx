import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireAdministrator } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listPolicyVersions } from "@/lib/policy/list-policy-versions";
import { POLICY_PARAMETERS } from "@/lib/policy/policy-parameters";
import { formatParameterValue } from "./_components/parameter-value";
import { StartDraftButton } from "./version-buttons";

export default async function PolicyVersionsPage() {
  const admin = await requireAdministrator();
  const t = await getTranslations("policy");
  const locale = await getLocale();
  const format = await getFormatter();
  const { published, drafts } = await listPolicyVersions(getPrisma(), admin.cityId);
  const nameOf = (v: { nameZh: string; nameEn: string }) => (locale === "en" ? v.nameEn : v.nameZh);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>

      <h2 className="mt-6 text-lg font-semibold">{t("draftsTitle")}</h2>
      {drafts.length === 0 ? (
        <p className="mt-2 text-sm">{t("noDrafts")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2" data-testid="policy-drafts">
          {drafts.map((d) => (
            <li key={d.id} className="rounded border border-amber-400 bg-amber-50 p-3">
              <Link href={`/admin/policy/${encodeURIComponent(d.id)}`} className="font-medium text-blue-800 underline">
                {nameOf(d)}
              </Link>
              <span className="ml-2 text-sm">{t("draftLine", { from: d.effectiveFrom, revision: d.revision, updated: format.dateTime(d.updatedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }) })}</span>
            </li>
          ))}
        </ul>
      )}

      <h2 className="mt-8 text-lg font-semibold">{t("publishedTitle")}</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm" data-testid="policy-versions">
          <thead>
            <tr className="border-b border-slate-300 align-top">
              <th scope="col" className="p-2">{t("parameter")}</th>
              {published.map((v) => (
                <th key={v.id} scope="col" className="p-2" data-testid={`policy-version-${v.id}`}>
                  <Link href={`/admin/policy/${encodeURIComponent(v.id)}`} className="text-blue-800 underline">
                    {nameOf(v)}
                  </Link>
                  <div className="font-normal">{v.effectiveTo ? t("range", { from: v.effectiveFrom, to: v.effectiveTo }) : t("rangeOpen", { from: v.effectiveFrom })}</div>
                  <div className="mt-1 font-normal">
                    <StartDraftButton versionId={v.id} versionName={nameOf(v)} />
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {POLICY_PARAMETERS.map(({ key, unit }) => (
              <tr key={key} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-medium">{t(`parameters.${key}`)}</th>
                {published.map((v) => (
                  <td key={v.id} className="p-2 tabular-nums">{formatParameterValue(unit, v[key], locale, t)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
