"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useFileUpload } from "@/components/use-file-upload";
import type { ActionResult } from "@/lib/actions/action-result";

/** Uploads the organisation's business licence for vetting; the page passes its area's server action. */
export function LicenceUploadForm({ action }: { action: (form: FormData) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("profile");
  const { onSubmit, error, formError, busy } = useFileUpload(action);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-wrap items-end gap-3">
      <FormError code={formError} />
      <FormField id="licence-file" label={t("licenceFile")} error={error} required>
        {(aria) => <input {...aria} name="file" type="file" accept="application/pdf,image/jpeg,image/png" className={inputClass} />}
      </FormField>
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("licenceUpload")}
      </Button>
    </form>
  );
}
