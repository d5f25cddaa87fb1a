import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Fen } from "@/components/money";
import { requireProvinceAdministrator } from "@/lib/auth/current-user";
import { cityTotalsYear, listCityTotals } from "@/lib/cities/list-city-totals";
import { getPrisma } from "@/lib/db";
import { listStaffPosts } from "@/lib/users/staff-posts/list-staff-posts";
import { CreateCityForm } from "./create-city-form";
import { GrantPostForm } from "./grant-post-form";
import { RevokePostButton } from "./revoke-post-button";

/** The province administrator's page: every city's totals for a year, and a new city. */
export default async function ProvincePage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requireProvinceAdministrator();
  const [t, roles, locale] = await Promise.all([getTranslations("province"), getTranslations("nav.role"), getLocale()]);
  const year = await cityTotalsYear(getPrisma(), (await searchParams).year);
  const cities = await listCityTotals(getPrisma(), year);
  const english = locale === "en";
  const posts = await listStaffPosts(getPrisma());
  const sum = (pick: (c: (typeof cities)[number]) => bigint) => cities.reduce((total, c) => total + pick(c), 0n);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm">{t("intro", { year })}</p>
      <form method="get" className="mt-4 flex items-end gap-2">
        <label className="flex flex-col text-sm">
          {t("year")}
          <input name="year" type="number" min={2013} max={2100} defaultValue={year} className="w-28 rounded border border-slate-400 px-2 py-1" />
        </label>
        <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-brand-700">{t("showYear")}</button>
      </form>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm" data-testid="city-totals">
          <caption className="p-2 text-left font-semibold">{t("totalsCaption", { year })}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("city")}</th>
              <th scope="col" className="p-2">{t("bureau")}</th>
              <th scope="col" className="p-2">{t("divisionPrefixes")}</th>
              <th scope="col" className="p-2 text-right">{t("activeOrganisations")}</th>
              <th scope="col" className="p-2 text-right">{t("claims")}</th>
              <th scope="col" className="p-2 text-right">{t("granted")}</th>
              <th scope="col" className="p-2 text-right">{t("paid")}</th>
              <th scope="col" className="p-2 text-right">{t("budget")}</th>
            </tr>
          </thead>
          <tbody>
            {cities.map((city) => (
              <tr key={city.cityId} className="border-b border-slate-200" data-testid="city-row">
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/province/cities/${city.cityId}`} className="text-brand-700 underline">
                    {english ? city.nameEn : city.nameZh}
                  </Link>
                </th>
                <td className="p-2">{english ? city.bureauNameEn : city.bureauNameZh}</td>
                <td className="p-2">{city.divisionPrefixes.join(", ")}</td>
                <td className="p-2 text-right">{city.activeOrganisations}</td>
                <td className="p-2 text-right">{city.claims}</td>
                <td className="p-2 text-right"><Fen value={city.grantedFen} /></td>
                <td className="p-2 text-right"><Fen value={city.paidFen} /></td>
                <td className="p-2 text-right">{city.budgetFen === null ? t("noBudget") : <Fen value={city.budgetFen} />}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className="p-2" colSpan={3}>{t("total")}</th>
              <td className="p-2 text-right">{cities.reduce((n, c) => n + c.activeOrganisations, 0)}</td>
              <td className="p-2 text-right">{cities.reduce((n, c) => n + c.claims, 0)}</td>
              <td className="p-2 text-right" data-testid="total-granted"><Fen value={sum((c) => c.grantedFen)} /></td>
              <td className="p-2 text-right"><Fen value={sum((c) => c.paidFen)} /></td>
              <td className="p-2 text-right"><Fen value={sum((c) => c.budgetFen ?? 0n)} /></td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h2 className="mt-8 text-xl font-semibold">{t("createTitle")}</h2>
      <p className="mt-2 max-w-2xl text-sm">{t("createIntro")}</p>
      <CreateCityForm />
      <h2 className="mt-8 text-xl font-semibold">{t("postsTitle")}</h2>
      <p className="mt-2 max-w-2xl text-sm">{t("postsIntro")}</p>
      {posts.length === 0 ? (
        <p className="mt-4 text-sm">{t("noPosts")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm" data-testid="staff-posts">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("postAccount")}</th>
                <th scope="col" className="p-2">{t("postActingCity")}</th>
                <th scope="col" className="p-2">{t("postCity")}</th>
                <th scope="col" className="p-2">{t("postRole")}</th>
                <th scope="col" className="p-2"><span className="sr-only">{t("revokePost")}</span></th>
              </tr>
            </thead>
            <tbody>
              {posts.map((post) => (
                <tr key={post.id} className="border-b border-slate-200" data-testid="staff-post-row">
                  <th scope="row" className="p-2 font-normal">{`${post.user.name} <${post.user.email}>`}</th>
                  <td className="p-2">{post.user.city ? (english ? post.user.city.nameEn : post.user.city.nameZh) : ""}</td>
                  <td className="p-2">{english ? post.city.nameEn : post.city.nameZh}</td>
                  <td className="p-2">{roles(post.role)}</td>
                  <td className="p-2"><RevokePostButton postId={post.id} label={t("revokePost")} ariaLabel={t("revokePostOf", { email: post.user.email, city: english ? post.city.nameEn : post.city.nameZh })} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <GrantPostForm
        cities={cities.map((city) => ({ id: city.cityId, name: english ? city.nameEn : city.nameZh }))}
        roleLabels={{ REVIEWER: roles("REVIEWER"), ADMINISTRATOR: roles("ADMINISTRATOR") }}
      />
    </>
  );
}
