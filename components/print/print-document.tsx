import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/print-button";
import { PrintHeader } from "@/components/print-header";
import { getDisplayLetterhead } from "@/lib/cities/display-city";

/**
 * A printable document: on screen a back link and the print button above a sheet of paper; on
 * paper (A4, see app/globals.css) only the sheet, starting with the bureau's heading and the date.
 */
export function PrintDocument({ title, backHref, backLabel, children }: { title: string; backHref: string; backLabel: string; children: ReactNode }) {
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-3">
        <Link href={backHref} className="text-sm text-brand-700 underline">
          {backLabel}
        </Link>
        <PrintButton />
      </div>
      <article className="print-sheet mx-auto max-w-[210mm] bg-white p-8 text-slate-900 shadow-sm ring-1 ring-slate-300" data-testid="print-document">
        <PrintHeader title={title} onScreen />
        {children}
      </article>
    </>
  );
}

/** A labelled fact of a document: term and value in a two-column grid. */
export function Facts({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="print-facts grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The seal line at the foot of an official document. */
/** The issuing bureau and the date at the foot of a document: the bureau of the reader's city, whose document it is. */
export async function IssuerLine({ date }: { date: string }) {
  const { bureauName } = await getDisplayLetterhead(await getLocale());
  return (
    <div className="print-keep mt-10 flex flex-col items-end gap-1 text-sm">
      <p className="font-semibold">{bureauName}</p>
      <p>{date}</p>
    </div>
  );
}

/** The closing note of a claim summary, naming the portal of the reader's city. */
export async function SummaryNote({ messageKey }: { messageKey: "summaryNote" | "training.summaryNote" }) {
  const [t, tCommon, letterhead] = await Promise.all([getTranslations("print"), getTranslations("common"), getLocale().then(getDisplayLetterhead)]);
  return <p className="print-keep mt-6 text-xs text-slate-700">{t(messageKey, { portal: tCommon("portalName", { city: letterhead.name }) })}</p>;
}
