import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import { requireReviewer } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listNoticeItemsForReview } from "@/lib/grants/public-notice/list-notice-items-for-review";
import { listPublicObjections } from "@/lib/grants/public-notice/list-public-objections";
import { ReasonForm } from "../_components/reason-form";

export default async function ReviewNoticePage() {
  const reviewer = await requireReviewer();
  const t = await getTranslations("notice");
  const format = await getFormatter();
  const items = await listNoticeItemsForReview(getPrisma(), reviewer.cityId, new Date());
  const publicObjections = await listPublicObjections(getPrisma(), reviewer.cityId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("reviewTitle")}</h1>
      <p className="mt-2 text-sm">{t("reviewIntro")} <Link className="underline" href="/notice">{t("publicLink")}</Link></p>
      {items.length === 0 ? <p className="mt-4">{t("publicEmpty")}</p> : null}
      <ul className="mt-4 flex flex-col gap-3">
        {items.map((item) => {
          const claim = item.ledgerEntry.offshoreClaim ?? item.ledgerEntry.trainingClaim;
          const kind = item.ledgerEntry.offshoreClaim ? "offshore" : "training";
          return (
            <li key={item.id} className="rounded border border-slate-300 bg-white p-3 text-sm">
              <p>
                <strong>{item.publicName}</strong> · {t(`rule.${item.ledgerEntry.rule}`)} · <Fen value={item.amountFen} /> · {t(`status.${item.effectiveStatus}`)} ·{" "}
                {t("endsAt")}: {format.dateTime(item.endsAt, "dateTime")}
                {claim ? <> · <Link className="underline" href={`/review/claims/${kind}/${claim.id}`}>{claim.claimNo}</Link></> : null}
              </p>
              {item.objection ? <p className="mt-1">{t("objection")}: {item.objection}</p> : null}
              {publicObjections.get(item.id)?.length ? (
                <section className="mt-2 rounded border border-amber-300 bg-amber-50 p-2" data-testid="public-objections">
                  <h2 className="font-medium">{t("publicObjections")}</h2>
                  <ul className="mt-1 flex flex-col gap-2">
                    {publicObjections.get(item.id)!.map((o) => (
                      <li key={o.id} data-testid="public-objection-row">
                        <p className="text-slate-700">
                          {t("publicObjection.from", { name: o.name, contact: o.contactMasked, at: format.dateTime(o.createdAt, "dateTime") })} ·{" "}
                          <span data-testid="public-objection-status">{t(`publicObjection.status.${o.status}`)}</span>
                        </p>
                        <p className="whitespace-pre-wrap">{o.reason}</p>
                        {o.dismissReason ? <p className="text-slate-700">{t("publicObjection.dismissReason")}: {o.dismissReason}</p> : null}
                        {o.status === "OPEN" ? (
                          <div className="mt-2 grid gap-3 md:grid-cols-2">
                            {item.effectiveStatus === "IN_NOTICE" ? (
                              <ReasonForm variant="holdOnPublic" id={`hold-${o.id}`} fixed={{ noticeItemId: item.id, publicObjectionId: o.id }} initial={o.reason} />
                            ) : (
                              <p className="text-slate-700">{t("publicObjection.notOpen")}</p>
                            )}
                            <ReasonForm variant="dismissPublic" id={`dismiss-public-${o.id}`} fixed={{ publicObjectionId: o.id }} />
                          </div>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              {item.effectiveStatus === "IN_NOTICE" ? (
                <div className="mt-2"><ReasonForm variant="objection" id={`objection-${item.id}`} fixed={{ noticeItemId: item.id }} /></div>
              ) : null}
              {item.effectiveStatus === "OBJECTED" ? (
                <div className="mt-2 grid gap-3 md:grid-cols-2">
                  <ReasonForm variant="dismiss" id={`dismiss-${item.id}`} fixed={{ noticeItemId: item.id, outcome: "DISMISS" }} />
                  <ReasonForm variant="uphold" id={`uphold-${item.id}`} fixed={{ noticeItemId: item.id, outcome: "UPHOLD" }} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
