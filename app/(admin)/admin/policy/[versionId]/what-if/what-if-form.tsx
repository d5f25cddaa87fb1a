"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/form-error";
import { inputClass } from "@/components/form-field";
import { startPolicyWhatIfAction } from "../../actions";

/** Starts a what-if on the draft: the open claims, and one past claim year's claims when chosen. */
export function WhatIfForm({ versionId, years }: { versionId: string; years: number[] }) {
  const t = useTranslations("policy.whatIf");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [claimYear, setClaimYear] = useState("");
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  return (
    <form
      className="mt-4 flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          setFormError(null);
          setFieldError(null);
          const result = await startPolicyWhatIfAction({ versionId, claimYear });
          if (!result.ok) {
            if (result.fieldErrors?.claimYear) setFieldError(result.fieldErrors.claimYear);
            else setFormError(result.formError ?? "unexpected");
            return;
          }
          router.push(`/admin/policy/${encodeURIComponent(versionId)}/what-if?run=${result.data.runId}`);
        });
      }}
    >
      <FormError code={formError} />
      <div className="flex flex-col">
        <label htmlFor="what-if-year" className="text-sm font-medium">
          {t("claimYear")}
        </label>
        <select id="what-if-year" className={`${inputClass} w-72`} value={claimYear} onChange={(e) => setClaimYear(e.target.value)} aria-invalid={fieldError ? true : undefined} aria-describedby={fieldError ? "what-if-year-error" : undefined}>
          <option value="">{t("openOnly")}</option>
          {years.map((year) => (
            <option key={year} value={String(year)}>
              {t("openAndYear", { year })}
            </option>
          ))}
        </select>
        {fieldError ? (
          <p id="what-if-year-error" className="mt-1 text-sm text-red-800">
            {tv.has(fieldError) ? tv(fieldError) : tv("invalid")}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50">
        {t("run")}
      </button>
    </form>
  );
}
