import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import { PublicPage } from "@/components/public-page";
import { getPrisma } from "@/lib/db";
import { listPublicNotice } from "@/lib/grants/public-notice/list-public-notice";
import { PublicObjectionForm } from "./public-objection-form";

/**
 * 公示: one city's public notice of approved subsidies, no login. Items leave it when their period
 * ends; while it runs anyone may object to an item (name, phone or e-mail, reason). With several
 * cities the page names its city and links the others' notices (/notice/{city}).
 */
export async function PublicNoticeBody({ cityId }: { cityId: string }) {
  const t = await getTranslations("notice");
  const now = new Date();
  const prisma = getPrisma();
  const [rows, cities, locale] = await Promise.all([listPublicNotice(prisma, cityId, now), prisma.city.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true } }), getLocale()]);
  const nameOf = (city: { nameZh: string; nameEn: string }) => (locale === "en" ? city.nameEn : city.nameZh);
  const city = cities.find((c) => c.id === cityId)!;
  const others = cities.filter((c) => c.id !== cityId);
  const format = await getFormatter();
  // The last day of the period is the day before its end (an exclusive moment), in China.
  const date = (d: Date) => format.dateTime(d, "date");
  return (
    <PublicPage cityId={cityId}>
      <h1 className="text-2xl font-semibold">{others.length > 0 ? t("publicTitleOfCity", { city: nameOf(city) }) : t("publicTitle")}</h1>
      <p className="mt-2 text-sm">{t("publicIntro")}</p>
      {others.length > 0 ? (
        <nav aria-label={t("otherCities")} className="mt-2 text-sm">
          {t("otherCities")}:{" "}
          {others.map((other, index) => (
            <span key={other.id}>
              {index > 0 ? "、" : null}
              <Link href={`/notice/${other.id}`} className="text-brand-700 underline">{nameOf(other)}</Link>
            </span>
          ))}
        </nav>
      ) : null}
      {rows.length === 0 ? (
        <p className="mt-4">{t("publicEmpty")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-left text-sm" data-testid="public-notice">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("payee")}</th>
              <th scope="col" className="p-2">{t("subsidy")}</th>
              <th scope="col" className="p-2">{t("year")}</th>
              <th scope="col" className="p-2 text-right">{t("amount")}</th>
              <th scope="col" className="p-2">{t("period")}</th>
              <th scope="col" className="p-2">{t("objectForm.column")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top" data-testid="public-notice-item">
                <td className="p-2">{r.publicName}{r.held ? <span className="ml-2 text-amber-800">({t("held")})</span> : null}</td>
                <td className="p-2">{t(`rule.${r.rule}`)}</td>
                <td className="p-2">{r.claimYear}</td>
                <td className="p-2 text-right"><Fen value={r.amountFen} /></td>
                <td className="p-2">{date(r.publishedAt)} – {date(new Date(r.endsAt.getTime() - 1))}</td>
                <td className="p-2">
                  {/* A held item whose period has run out is still shown, but takes no more objections. */}
                  {r.endsAt > now ? <PublicObjectionForm noticeItemId={r.id} /> : <span className="text-xs text-slate-600">{t("objectForm.closed")}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-4 text-xs text-slate-600">{t("publicFootnote")}</p>
    </PublicPage>
  );
}
