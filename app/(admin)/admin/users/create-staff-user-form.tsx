"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { createStaffUserAction } from "./actions";

export function CreateStaffUserForm() {
  const t = useTranslations("admin");
  const tRole = useTranslations("nav.role");
  const [created, setCreated] = useState(false);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/staff-user").then((m) => m.staffUserSchema), createStaffUserAction, {
    defaultValues: { role: "REVIEWER", canReleasePayments: false },
  });
  const { register, formState } = form;
  const onSubmit = submit(() => {
    setCreated(true);
    form.reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex max-w-md flex-col gap-4">
      <FormError code={formError} />
      {created ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("staffCreated")}
        </p>
      ) : null}
      <FormField id="name" label={t("name")} error={formState.errors.name?.message} required>
        {(aria) => <input {...aria} {...register("name")} className={inputClass} />}
      </FormField>
      <FormField id="email" label={t("email")} error={formState.errors.email?.message} required>
        {(aria) => <input {...aria} {...register("email")} type="email" className={inputClass} />}
      </FormField>
      <FormField id="role" label={t("role")} error={formState.errors.role?.message} required>
        {(aria) => (
          <select {...aria} {...register("role")} className={inputClass}>
            <option value="REVIEWER">{tRole("REVIEWER")}</option>
            <option value="ADMINISTRATOR">{tRole("ADMINISTRATOR")}</option>
          </select>
        )}
      </FormField>
      <label className="flex items-center gap-2">
        <input type="checkbox" {...register("canReleasePayments")} /> {t("paymentRole")}
      </label>
      <FormField id="password" label={t("initialPassword")} error={formState.errors.password?.message} required>
        {(aria) => <input {...aria} {...register("password")} type="password" autoComplete="new-password" className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("createStaff")}
      </Button>
    </form>
  );
}
