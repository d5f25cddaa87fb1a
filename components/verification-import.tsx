"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import type { ActionResult } from "@/lib/actions/action-result";
import { checkMapping, FIELDS, REQUIRED, type ColumnMapping, type ImportField, type ImportKind } from "@/lib/verification/import/import-fields";
import type { InspectedFile } from "@/lib/verification/import/column-mapping";
import type { VerificationPreview } from "@/lib/verification/import/preview-verification-import";

interface ImportResult {
  batchId: string;
  importedCount: number;
  rejectedCount: number;
  replacedCount: number;
  alreadyImported: boolean;
}

type Inspected = Extract<InspectedFile, { ok: true }>;

/**
 * One kind of official data: upload → column mapping → preview (nothing written) → import of the
 * valid rows, as the trainee cohort import does it. The file is sent again at each step; the
 * server re-reads and re-checks it every time, so what is imported is what was previewed.
 */
export function VerificationImport({
  kind,
  own = false,
  inspectAction,
  previewAction,
  importAction,
}: {
  kind: ImportKind;
  /** An enterprise's upload of its own receipts: its own title and intro. */
  own?: boolean;
  inspectAction: (form: FormData) => Promise<ActionResult<Inspected>>;
  previewAction: (form: FormData) => Promise<ActionResult<VerificationPreview>>;
  importAction: (form: FormData) => Promise<ActionResult<ImportResult>>;
}) {
  const t = useTranslations("verificationImport");
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  const router = useRouter();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [preview, setPreview] = useState<Extract<VerificationPreview, { ok: true }> | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | "reading" | "importing">(null);

  const formData = (withMapping: boolean) => {
    const data = new FormData();
    data.set("kind", kind);
    const file = fileRef.current?.files?.[0];
    if (file) data.set("file", file);
    if (withMapping) data.set("mapping", JSON.stringify(mapping));
    return data;
  };
  const handle = <T,>(r: ActionResult<T>): T | null => {
    if (r.ok) return r.data;
    setFieldErrors(r.fieldErrors ?? {});
    setFormError(r.formError ?? null);
    return null;
  };
  const reset = () => {
    setFieldErrors({});
    setFormError(null);
    setResult(null);
    setPreview(null);
  };

  const onInspect = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    setInspected(null);
    setBusy("reading");
    const data = handle(await inspectAction(formData(false)));
    setBusy(null);
    if (data) {
      setInspected(data);
      setMapping(data.mapping);
    }
  };
  const onPreview = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    setBusy("reading");
    const data = handle(await previewAction(formData(true)));
    setBusy(null);
    if (data && data.ok) setPreview(data);
  };
  const onImport = async () => {
    setBusy("importing");
    const done = handle(await importAction(formData(true)));
    setBusy(null);
    if (done) {
      setResult(done);
      setPreview(null);
      setInspected(null);
      router.refresh();
    }
  };

  const problems = inspected ? checkMapping(kind, mapping) : [];
  const missing = problems.flatMap((p) => (p.problem === "missing" ? [t(`fields.${p.field}`)] : []));
  const twice = new Set(problems.flatMap((p) => (p.problem === "twice" ? [p.field] : [])));
  const periodMissing = problems.some((p) => p.problem === "periodMissing");
  const issueText = (field: string, message: string) => `${t(`fields.${field}` as never)}: ${t.has(`rowErrors.${message}`) ? t(`rowErrors.${message}` as never) : message}`;

  return (
    <section className="mt-8 rounded border border-slate-300 bg-white p-4" aria-labelledby={`${id}-title`} data-testid={`verification-import-${kind}`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">{own ? t("own.formTitle") : t(`kind.${kind}.title`)}</h2>
      <p className="mt-1 max-w-3xl text-sm">{own ? t("own.formIntro") : t(`kind.${kind}.intro`)}</p>
      <form onSubmit={onInspect} noValidate className="mt-3 flex flex-wrap items-end gap-3">
        <FormError code={formError} />
        <FormField id={`${id}-file`} label={t("file")} error={fieldErrors.file ?? fieldErrors.kind}>
          {(aria) => (
            <input {...aria} ref={fileRef} name="file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className={inputClass} onChange={() => { reset(); setInspected(null); }} />
          )}
        </FormField>
        <Button type="submit" variant="secondary" disabled={busy !== null}>{t("readColumns")}</Button>
      </form>

      {busy ? <p role="status" className="mt-2">{busy === "importing" ? t("importing", { rows: preview?.validCount ?? 0 }) : t("working")}</p> : null}

      {result ? (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3" data-testid={`import-result-${kind}`}>
          {result.alreadyImported ? t("importRepeated") : t("importDone", { imported: result.importedCount, replaced: result.replacedCount, rejected: result.rejectedCount })}
        </p>
      ) : null}

      {inspected ? (
        <form onSubmit={onPreview} noValidate className="mt-4">
          <h3 className="font-semibold">{t("mappingTitle")}</h3>
          <p className="text-sm">{t("mappingIntro", { rows: inspected.rowCount })}</p>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("column")}</th>
                <th scope="col" className="p-2">{t("sample")}</th>
                <th scope="col" className="p-2">{t("field")}</th>
              </tr>
            </thead>
            <tbody>
              {inspected.headers.map((header, i) => {
                const field = mapping[i] ?? null;
                return (
                  <tr key={i} className="border-b border-slate-200 align-top">
                    <th scope="row" className="p-2 font-normal">{header}</th>
                    <td className="p-2 text-slate-700">{inspected.sample.map((row) => row[i]).filter(Boolean).join(" · ")}</td>
                    <td className="p-2">
                      <FormField id={`${id}-map-${i}`} label={t("field") + " — " + header}>
                        {(aria) => (
                          <select {...aria} className={inputClass} value={field ?? ""}
                            onChange={(e) => { setPreview(null); setMapping((m) => m.map((f, j) => (j === i ? ((e.target.value || null) as ImportField | null) : f))); }}>
                            <option value="">{t("ignore")}</option>
                            {FIELDS[kind].map((f) => (
                              <option key={f} value={f}>{t(`fields.${f}`)}{REQUIRED[kind].includes(f) ? ` (${t("required")})` : ""}</option>
                            ))}
                          </select>
                        )}
                      </FormField>
                      {field && twice.has(field) ? <p role="alert" className="text-sm text-red-700">{t("mappingTwice")}</p> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {missing.length > 0 ? <p role="alert" className="mt-2 text-sm text-red-700">{t("mappingMissing", { fields: missing.join("、") })}</p> : null}
          {periodMissing ? <p role="alert" className="mt-2 text-sm text-red-700">{t("periodMissing")}</p> : null}
          {fieldErrors.mapping ? <p role="alert" className="mt-2 text-sm text-red-700">{t("mappingMissing", { fields: "—" })}</p> : null}
          <Button type="submit" className="mt-3" disabled={busy !== null || problems.length > 0}>{t("checkRows")}</Button>
        </form>
      ) : null}

      {preview ? (
        <div className="mt-4" data-testid={`preview-${kind}`}>
          <h3 className="font-semibold">{t("previewTitle")}</h3>
          <p data-testid={`preview-summary-${kind}`}>
            {t("previewSummary", { rows: preview.rowCount, valid: preview.validCount, warnings: preview.warningCount, rejected: preview.rejectedCount })}
          </p>
          {preview.periodFrom && preview.periodTo ? <p>{t("previewPeriod", { from: day(preview.periodFrom), to: day(preview.periodTo) })}</p> : null}
          {preview.replacedCount > 0 ? <p className="text-amber-800">{t("previewReplaces", { count: preview.replacedCount })}</p> : null}
          {preview.alreadyImportedId ? <p className="text-amber-800">{t("alreadyImported")}</p> : null}
          {preview.rows.length < preview.rowCount ? <p className="text-sm text-slate-700">{t("previewTruncated")}</p> : null}
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("row")}</th>
                <th scope="col" className="p-2">{t("record")}</th>
                <th scope="col" className="p-2">{t("issues")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.rowNo} className="border-b border-slate-200 align-top" data-testid={`preview-${kind}-row-${row.rowNo}`}>
                  <td className="p-2">{row.rowNo}</td>
                  <td className="p-2">{row.enterpriseName ? `${row.enterpriseName} · ` : ""}{row.label}</td>
                  <td className="p-2">
                    {row.errors.length === 0 && row.warnings.length === 0 ? <span className="text-green-800">{t("rowValid")}</span> : null}
                    <ul>
                      {row.errors.map((e) => <li key={e.field + e.message} className="text-red-800">{issueText(e.field, e.message)}</li>)}
                      {row.warnings.map((e) => <li key={e.field + e.message} className="text-amber-800">{issueText(e.field, e.message)}</li>)}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.validCount > 0 ? (
            <Button className="mt-3" onClick={onImport} disabled={busy !== null}>{t("confirmImport", { valid: preview.validCount })}</Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
