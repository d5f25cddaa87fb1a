"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { declareConflictAction } from "../actions";

export function ConflictForm({ organisations }: { organisations: Array<{ id: string; nameZh: string }> }) {
  const t = useTranslations("review");
  const router = useRouter();
  const { form, formError, submit } = useActionForm(() => import("@/lib/review/review-schemas").then((m) => m.declareConflictSchema), declareConflictAction, { defaultValues: { organisationId: "", reason: "" } });
  const errors = form.formState.errors;
  return (
    <form noValidate className="mt-4 flex max-w-xl flex-col gap-3" onSubmit={submit(() => { form.reset(); router.refresh(); })}>
      <FormError code={formError} />
      <FormField id="conflict-org" label={t("organisation")} error={errors.organisationId?.message} required>
        {(aria) => (
          <select {...aria} className={inputClass} {...form.register("organisationId")}>
            <option value="">—</option>
            {organisations.map((o) => <option key={o.id} value={o.id}>{o.nameZh}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="conflict-reason" label={t("conflictReason")} error={errors.reason?.message}>
        {(aria) => <input {...aria} className={inputClass} {...form.register("reason")} />}
      </FormField>
      <div><Button type="submit" disabled={form.formState.isSubmitting}>{t("declareConflict")}</Button></div>
    </form>
  );
}
