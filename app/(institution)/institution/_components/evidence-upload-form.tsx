"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useFileUpload } from "@/components/use-file-upload";
import type { ActionResult } from "@/lib/actions/action-result";

export function EvidenceUploadForm({ contractId, action }: { contractId: string; action: (form: FormData) => Promise<ActionResult<undefined>> }) {
  const t = useTranslations("trainee");
  const { onSubmit, error, formError, busy } = useFileUpload(action, (data) => data.set("contractId", contractId));
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
