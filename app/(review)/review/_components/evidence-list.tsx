import { getTranslations } from "next-intl/server";

/**
 * Evidence files shown inline (PDF in a frame, images as images) with a download link each.
 * Frames and images load lazily: a claim of 60 contracts with a receipt each would otherwise start
 * 60 PDF viewers at once and leave the reviewer's page unresponsive for a minute.
 */
export async function EvidenceList({ files }: { files: Array<{ id: string; kind: string; mimeType: string; sizeBytes: number }> }) {
  const t = await getTranslations("review");
  if (files.length === 0) return <p className="mt-1 text-sm text-slate-600">{t("noEvidence")}</p>;
  return (
    <div className="mt-2 flex flex-col gap-2">
      {files.map((f) => (
        <figure key={f.id} className="rounded border border-slate-200 p-2">
          {f.mimeType === "application/pdf" ? (
            <iframe title={t(`evidenceKind.${f.kind}`)} src={`/api/evidence/${f.id}?inline=1`} loading="lazy" className="h-96 w-full" />
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
