"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/button";
import { ExportLinks } from "@/components/export-links";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import type { ActionResult } from "@/lib/actions/action-result";
import { formatFen } from "@/lib/eligibility";
import { eligibilityTextWith } from "@/lib/i18n/localise-day-params";
import { toLocale } from "@/lib/i18n/locales";
import { COHORT_COLUMNS } from "@/lib/trainees/import/cohort-columns";
import type { CohortPreview } from "@/lib/trainees/import/preview-cohort-import";

interface ImportResult {
  batchId: string;
  importedCount: number;
  rejectedCount: number;
  alreadyImported: boolean;
}

const columnLabel = (key: string, locale: string) => {
  const column = COHORT_COLUMNS.find((c) => c.key === key);
  return column ? (locale === "en" ? column.en : column.zh) : "";
};

export function CohortImport({
  previewAction,
  importAction,
}: {
  previewAction: (form: FormData) => Promise<ActionResult<CohortPreview>>;
  importAction: (form: FormData) => Promise<ActionResult<ImportResult>>;
}) {
  const t = useTranslations("trainee");
  const tv = useTranslations("validation");
  const te = useTranslations("eligibility");
  const eligibilityText = eligibilityTextWith(te, useFormatter());
  const locale = useLocale();
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<CohortPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const formData = () => {
    const data = new FormData();
    const file = fileRef.current?.files?.[0];
    if (file) data.set("file", file);
    return data;
  };
  const handle = <T,>(r: ActionResult<T>): T | null => {
    if (r.ok) return r.data;
    setFieldError(r.fieldErrors?.file);
    setFormError(r.formError ?? null);
    return null;
  };
  const onPreview = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFieldError(undefined);
    setFormError(null);
    setResult(null);
    setPreview(handle(await previewAction(formData())));
    setBusy(false);
  };
  const onImport = async () => {
    setBusy(true);
    const done = handle(await importAction(formData()));
    setBusy(false);
    if (done) {
      setResult(done);
      setPreview(null);
      router.refresh();
    }
  };
  const fen = (value: number) => formatFen(value, toLocale(locale));

  return (
    <div className="mt-6">
      <form onSubmit={onPreview} noValidate className="flex flex-wrap items-end gap-3">
        <FormError code={formError} />
        <FormField id="cohortFile" label={t("file")} error={fieldError}>
          {(aria) => <input {...aria} ref={fileRef} name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className={inputClass} onChange={() => setPreview(null)} />}
        </FormField>
        <Button type="submit" disabled={busy}>{t("preview")}</Button>
      </form>
      {busy ? <p role="status" className="mt-2">{t("importing")}</p> : null}

      {result ? (
        <div role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3">
          <p>{result.alreadyImported ? t("importRepeated") : t("importDone", { imported: result.importedCount, rejected: result.rejectedCount })}</p>
          {result.rejectedCount > 0 ? (
            <ExportLinks href={`/institution/trainees/import/${result.batchId}/report`} what="rejectedRows" />
          ) : null}
        </div>
      ) : null}

      {preview && !preview.ok ? (
        <div role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          <p>{tv.has(preview.error) ? tv(preview.error) : tv("invalid")}</p>
          {preview.missing?.length ? <p>{t("missingColumns", { columns: preview.missing.join(", ") })}</p> : null}
          {preview.unknown?.length ? <p>{t("unknownColumns", { columns: preview.unknown.join(", ") })}</p> : null}
          {preview.duplicated?.length ? <p>{t("duplicatedColumns", { columns: preview.duplicated.join(", ") })}</p> : null}
        </div>
      ) : null}

      {preview && preview.ok ? (
        <section className="mt-4" aria-labelledby="preview-title">
          <h2 id="preview-title" className="text-lg font-semibold">{t("previewTitle")}</h2>
          <p data-testid="preview-summary">
            {t("previewSummary", { rows: preview.rowCount, valid: preview.validCount, eligible: preview.eligibleCount, rejected: preview.rejectedCount, encoding: preview.encoding.toUpperCase() })}
          </p>
          {preview.alreadyImportedBatchId ? <p className="text-amber-800">{t("alreadyImported")}</p> : null}
          {preview.rows.length < preview.rowCount ? <p className="text-sm text-slate-700">{t("previewTruncated")}</p> : null}
          <table className="mt-2 w-full bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("row")}</th>
                <th scope="col" className="p-2">{t("name")}</th>
                <th scope="col" className="p-2">{t("rowErrors")}</th>
                <th scope="col" className="p-2">{t("rowEligibility")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.rowNo} className="border-b border-slate-200 align-top" data-testid={`preview-row-${row.rowNo}`}>
                  <td className="p-2">{row.rowNo}</td>
                  <td className="p-2">{row.name}</td>
                  <td className="p-2 text-red-800">
                    {row.errors.length === 0 ? <span className="text-green-800">{t("rowValid")}</span> : (
                      <ul>{row.errors.map((e) => <li key={e.column + e.message}>{columnLabel(e.column, locale)}: {tv.has(e.message) ? tv(e.message) : tv("invalid")}</li>)}</ul>
                    )}
                  </td>
                  <td className="p-2">
                    {row.eligibility ? (
                      <>
                        <p className={row.eligibility.eligible ? "text-green-800" : "text-amber-800"}>
                          {row.eligibility.eligible
                            ? t("eligibleAmounts", { trainee: fen(row.eligibility.traineeFen), institution: fen(row.eligibility.institutionFen) })
                            : t("notEligible")}
                        </p>
                        <ul>{row.eligibility.reasons.filter((r) => !r.passed).map((r) => <li key={r.code}>{eligibilityText(r)}</li>)}</ul>
                      </>
                    ) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.validCount > 0 ? (
            <Button className="mt-3" onClick={onImport} disabled={busy}>{t("confirmImport", { valid: preview.validCount })}</Button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
