"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import type { ActionResult } from "@/lib/actions/action-result";

export function EvidenceUploadForm({ contractId, action }: { contractId: string; action: (form: FormData) => Promise<ActionResult<undefined>> }) {
  const t = useTranslations("trainee");
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    data.set("contractId", contractId);
    setBusy(true);
    setError(undefined);
    setFormError(null);
    const result = await action(data);
    setBusy(false);
    if (result.ok) {
      element.reset();
      router.refresh();
      return;
    }
    setError(result.fieldErrors?.file);
    setFormError(result.formError ?? null);
  };
  const id = `file-${contractId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-wrap items-end gap-3">
      <FormError code={formError} />
      <FormField id={id} label={t("evidenceFile")} error={error}>
        {(aria) => <input {...aria} name="file" type="file" accept="application/pdf,image/jpeg,image/png" className={inputClass} />}
      </FormField>
      <Button type="submit" variant="secondary" disabled={busy}>{t("upload")}</Button>
    </form>
  );
}
