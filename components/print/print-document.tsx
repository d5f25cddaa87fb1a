import Link from "next/link";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/print-button";
import { PrintHeader } from "@/components/print-header";

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
export function IssuerLine({ issuer, date }: { issuer: string; date: string }) {
  return (
    <div className="print-keep mt-10 flex flex-col items-end gap-1 text-sm">
      <p className="font-semibold">{issuer}</p>
      <p>{date}</p>
    </div>
  );
}
