import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import { PublicPage } from "@/components/public-page";
import { getPrisma } from "@/lib/db";
import { listPublicNotice } from "@/lib/grants/public-notice/list-public-notice";
import { PublicObjectionForm } from "./_components/public-objection-form";

/**
 * 公示: the public notice of approved subsidies, no login. Items leave it when their period ends;
 * while it runs anyone may object to an item (name, phone or e-mail, reason).
 */
export default async function PublicNoticePage() {
  await connection();
  const t = await getTranslations("notice");
  const now = new Date();
  const rows = await listPublicNotice(getPrisma(), now);
  const format = await getFormatter();
  // The last day of the period is the day before its end (an exclusive moment), in China.
  const date = (d: Date) => format.dateTime(d, "date");
  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold">{t("publicTitle")}</h1>
      <p className="mt-2 text-sm">{t("publicIntro")}</p>
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
