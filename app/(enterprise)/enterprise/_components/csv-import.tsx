"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField } from "@/components/form-field";
import { importOffshoreLinesAction } from "@/app/(enterprise)/enterprise/claims/actions";
import type { CsvRowError } from "@/lib/offshore-claims/import/offshore-lines-csv";

/**
 * Upload of a CSV of contract lines: all rows are added, or none and every bad row is listed.
 * The count of added rows travels in the address (`?imported=N`), like the save's `?saved=1`:
 * an import raises the claim's version, and the page remounts everything keyed on the version,
 * so a count kept in this component's state would vanish when the refresh lands.
 */
export function CsvImport({ claimId, version, importedCount }: { claimId: string; version: number; importedCount: number | null }) {
  const t = useTranslations("offshoreClaim.csv");
  const tValidation = useTranslations("validation");
  const router = useRouter();
  const [rowErrors, setRowErrors] = useState<CsvRowError[]>([]);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("claimId", claimId);
    data.set("version", String(version));
    setBusy(true);
    setRowErrors([]);
    setFieldError(undefined);
    setFormError(null);
    const result = await importOffshoreLinesAction(data);
    setBusy(false);
    if (!result.ok) {
      setFieldError(result.fieldErrors?.file);
      setFormError(result.formError ?? null);
      return;
    }
    if (result.data.errors.length > 0) {
      setRowErrors(result.data.errors);
      return;
    }
    router.replace(`/enterprise/claims/${claimId}?imported=${result.data.imported}`);
  }

  const message = (code: string) => (tValidation.has(code) ? tValidation(code) : tValidation("invalid"));

  return (
    <section aria-labelledby="csv-title" className="mt-8 rounded border border-slate-300 bg-white p-4">
      <h2 id="csv-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm">{t("intro")}</p>
      <a href="/enterprise/claims/csv-template" className="mt-2 inline-block text-brand-700 underline" download>
        {t("template")}
      </a>
      <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-wrap items-end gap-3">
        <FormError code={formError} />
        <FormField id="csv-file" label={t("file")} error={fieldError}>
          {(aria) => <input {...aria} name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="text-sm" />}
        </FormField>
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? t("importing") : t("import")}
        </Button>
      </form>
      {importedCount !== null && rowErrors.length === 0 && !busy ? (
        <p role="status" className="mt-2 text-green-800">
          {t("imported", { count: importedCount })}
        </p>
      ) : null}
      {rowErrors.length > 0 ? (
        <div role="alert" className="mt-3 rounded border border-red-700 bg-red-50 p-3 text-sm text-red-800" data-testid="csv-errors">
          <p className="font-medium">{t("errorsTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            {rowErrors.map((error, index) => (
              <li key={index}>
                {error.column
                  ? t("rowError", { row: error.row, column: t(`headers.${error.column}`), message: message(error.code) })
                  : t("fileError", { row: error.row, message: message(error.code) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
