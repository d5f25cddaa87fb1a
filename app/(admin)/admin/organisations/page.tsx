import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireAdministrator } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listCityOrganisations } from "@/lib/organisations/list-city-organisations";
import { OrganisationStatusBadge } from "./organisation-status-badge";

/** The city's organisations, every status: where the administrator opens one (and moves it to another city). */
export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const admin = await requireAdministrator();
  const t = await getTranslations("admin");
  const { q } = await searchParams;
  const search = typeof q === "string" ? q.slice(0, 100) : "";
  const organisations = await listCityOrganisations(getPrisma(), admin.cityId, search);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("organisationsTitle")}</h1>
      <p className="mt-2 max-w-2xl text-sm">{t("organisationsIntro")}</p>
      <form method="get" className="mt-4 flex items-end gap-2" role="search">
        <label className="flex flex-col text-sm">
          {t("organisationsSearch")}
          <input name="q" defaultValue={search} className="rounded border border-slate-400 px-2 py-1" />
        </label>
        <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1 text-sm">
          {t("organisationsSearchButton")}
        </button>
      </form>
      {organisations.length === 0 ? (
        <p className="mt-4">{t("organisationsEmpty")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-left text-sm" data-testid="organisations">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("name")}</th>
              <th scope="col" className="p-2">{t("creditCode")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id} className="border-b border-slate-200">
                <td className="p-2">
                  <Link className="text-brand-700 underline" href={`/admin/organisations/${o.id}`}>
                    {o.nameZh}
                  </Link>
                </td>
                <td className="p-2 font-mono">{o.creditCode}</td>
                <td className="p-2">
                  <OrganisationStatusBadge status={o.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
