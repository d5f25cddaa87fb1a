"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { submitPublicObjectionAction } from "../actions";

/** The objection form of one notice item, for anyone (no account): name, phone or e-mail, reason. */
export function PublicObjectionForm({ noticeItemId }: { noticeItemId: string }) {
  const t = useTranslations("notice.objectForm");
  const [sent, setSent] = useState(false);
  const empty = { noticeItemId, name: "", contact: "", reason: "" };
  const { form, formError, submit } = useActionForm(
    () => import("@/lib/schemas/notice-objection").then((m) => m.publicObjectionSchema),
    submitPublicObjectionAction,
    { defaultValues: empty },
  );
  const errors = form.formState.errors;
  const id = (field: string) => `objection-${noticeItemId}-${field}`;
  return (
    <details className="text-sm" data-testid="public-objection">
      <summary className="cursor-pointer text-brand-800 underline">{t("open")}</summary>
      {sent ? (
        <p role="status" className="mt-2 rounded border border-green-700 bg-green-50 p-2 text-green-900">{t("sent")}</p>
      ) : (
        <form
          noValidate
          className="mt-2 flex min-w-64 flex-col gap-2"
          onSubmit={submit(() => {
            form.reset(empty);
            setSent(true);
          })}
        >
          <p className="text-xs text-slate-600">{t("privacy")}</p>
          <FormError code={formError} />
          <FormField id={id("name")} label={t("name")} error={errors.name?.message} required>
            {(aria) => <input {...aria} autoComplete="name" className={inputClass} {...form.register("name")} />}
          </FormField>
          <FormField id={id("contact")} label={t("contact")} hint={t("contactHint")} error={errors.contact?.message} required>
            {(aria) => <input {...aria} className={inputClass} {...form.register("contact")} />}
          </FormField>
          <FormField id={id("reason")} label={t("reason")} hint={t("reasonHint")} error={errors.reason?.message} required>
            {(aria) => <textarea {...aria} rows={3} className={inputClass} {...form.register("reason")} />}
          </FormField>
          <div>
            <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("submit")}</Button>
          </div>
        </form>
      )}
    </details>
  );
}
