"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { changePasswordAction } from "./actions";

const FIELDS = [
  ["currentPassword", "current-password"],
  ["newPassword", "new-password"],
  ["newPasswordConfirm", "new-password"],
] as const;

export function PasswordChangeForm() {
  const t = useTranslations("account");
  const [done, setDone] = useState<number | null>(null);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/password-change").then((m) => m.passwordChangeSchema), changePasswordAction);
  const errors = form.formState.errors;
  const onSubmit = submit((result) => {
    setDone(result.otherSessionsEnded);
    form.reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex max-w-md flex-col gap-4">
      <FormError code={formError} />
      {done !== null ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("passwordChanged", { count: done })}
        </p>
      ) : null}
      {FIELDS.map(([name, autoComplete]) => (
        <FormField key={name} id={name} label={t(`field.${name}`)} error={errors[name]?.message} required>
          {(aria) => <input {...aria} {...form.register(name)} type="password" autoComplete={autoComplete} className={inputClass} />}
        </FormField>
      ))}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("changePassword")}
      </Button>
    </form>
  );
}
