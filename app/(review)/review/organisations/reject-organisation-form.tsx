"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { rejectOrganisationAction } from "./actions";

/** Refuses an organisation's vetting with a reason the applicant will read. */
export function RejectOrganisationForm({ organisationId }: { organisationId: string }) {
  const t = useTranslations("review");
  const router = useRouter();
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/vetting").then((m) => m.rejectOrganisationSchema), rejectOrganisationAction, {
    defaultValues: { organisationId, reason: "" },
  });
  const id = `vetting-reason-${organisationId}`;
  return (
    <form noValidate className="flex flex-col gap-2" onSubmit={submit(() => router.refresh())}>
      <FormError code={formError} />
      <FormField id={id} label={t("vettingRejectReason")} error={form.formState.errors.reason?.message} required>
        {(aria) => <textarea {...aria} rows={2} className={inputClass} {...form.register("reason")} />}
      </FormField>
      <div>
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
          {t("vettingReject")}
        </Button>
      </div>
    </form>
  );
}
