import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/eligibility";
import type { TimelineEvent } from "@/lib/offshore-claims/build-claim-timeline";
import { toLocale } from "@/lib/i18n/locales";

/** The claim's history, oldest first, with the reviewers' comments under each decision. */
export async function ClaimTimeline({ events }: { events: TimelineEvent[] }) {
  const t = await getTranslations("offshoreClaim.timeline");
  const locale = toLocale(await getLocale());
  const format = await getFormatter();
  return (
    <section aria-labelledby="timeline-title" className="mt-8">
      <h2 id="timeline-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ol className="mt-2 flex flex-col gap-3 border-l-2 border-slate-300 pl-4" data-testid="claim-timeline">
        {events.map((event, index) => (
          <li key={index}>
            <p className="font-medium">
              {event.kind === "approved"
                ? t("approved", { amount: event.amountFen === null || event.amountFen === undefined ? "—" : formatFen(event.amountFen, locale) })
                : event.kind === "resubmitted"
                  ? t("resubmitted", { sequence: event.submissionSequence ?? 0 })
                  : t(event.kind)}
            </p>
            <p className="text-xs text-slate-600">
              <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, "dateTime")}</time>
            </p>
            {event.reason ? <p className="text-sm">{t("reason", { reason: event.reason })}</p> : null}
            {event.comments && event.comments.length > 0 ? (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {event.comments.map((comment, commentIndex) => (
                  <li key={commentIndex}>
                    {comment.lineNo !== null
                      ? t("lineComment", { lineNo: comment.lineNo, contractRegNo: comment.contractRegNo ?? "", text: comment.text })
                      : t("generalComment", { text: comment.text })}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
