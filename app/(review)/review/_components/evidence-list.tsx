import { getTranslations } from "next-intl/server";

/**
 * Evidence files with a link to open and one to download each; images shown inline, a PDF in a
 * frame only when the reviewer opens its preview (a closed <details> with a lazy frame loads
 * nothing). Not every PDF at once: a claim of 60 contracts would start 60 PDF viewers and leave
 * the page unresponsive for a minute, and a viewer that loads while the reviewer types takes the
 * keyboard focus, so the text typed into a comment went into the viewer instead (seen in the
 * end-to-end runs on a loaded machine).
 */
export async function EvidenceList({ files }: { files: Array<{ id: string; kind: string; mimeType: string; sizeBytes: number }> }) {
  const t = await getTranslations("review");
  if (files.length === 0) return <p className="mt-1 text-sm text-slate-600">{t("noEvidence")}</p>;
  return (
    <div className="mt-2 flex flex-col gap-2">
      {files.map((f) => (
        <figure key={f.id} className="rounded border border-slate-200 p-2">
          {f.mimeType === "application/pdf" ? (
            <details data-testid="evidence-preview">
              <summary className="cursor-pointer text-sm text-brand-700 underline">{t("previewPdf")}</summary>
              <iframe title={t(`evidenceKind.${f.kind}`)} src={`/api/evidence/${f.id}?inline=1`} loading="lazy" className="mt-2 h-96 w-full" />
            </details>
          ) : (
            // eslint-disable-next-line @next/next/no-img-element
            <img alt={t(`evidenceKind.${f.kind}`)} src={`/api/evidence/${f.id}?inline=1`} loading="lazy" className="max-h-96" />
          )}
          <figcaption className="text-xs">
            {t(`evidenceKind.${f.kind}`)} · {Math.ceil(f.sizeBytes / 1024)} KB · <a className="underline" href={`/api/evidence/${f.id}?inline=1`} target="_blank" rel="noopener">{t("openInline")}</a> · <a className="underline" href={`/api/evidence/${f.id}`}>{t("download")}</a>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
