"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { STAFF_POST_ROLES } from "@/lib/users/staff-posts/staff-post-roles";
import { grantStaffPostAction } from "./actions";

/** Gives an existing bureau account a post in another city (issue 22: a vendor's account working for two bureaus). */
export function GrantPostForm({ cities, roleLabels }: { cities: Array<{ id: string; name: string }>; roleLabels: Record<(typeof STAFF_POST_ROLES)[number], string> }) {
  const t = useTranslations("province");
  const [granted, setGranted] = useState<string | null>(null);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/staff-post").then((m) => m.grantStaffPostSchema), grantStaffPostAction);
  const { register, formState } = form;
  const onSubmit = submit(() => {
    setGranted(form.getValues("email"));
    form.reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex max-w-xl flex-col gap-4" data-testid="grant-post-form">
      <FormError code={formError} />
      {granted ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("postGranted", { email: granted })}
        </p>
      ) : null}
      <FormField id="post-email" label={t("postEmail")} hint={t("postEmailHint")} error={formState.errors.email?.message} required>
        {(aria) => <input {...aria} {...register("email")} type="email" className={inputClass} />}
      </FormField>
      <FormField id="post-city" label={t("postCity")} error={formState.errors.cityId?.message} required>
        {(aria) => (
          <select {...aria} {...register("cityId")} className={inputClass} defaultValue="">
            <option value="" disabled>
              {t("choose")}
            </option>
            {cities.map((city) => (
              <option key={city.id} value={city.id}>
                {city.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="post-role" label={t("postRole")} hint={t("postRoleHint")} error={formState.errors.role?.message} required>
        {(aria) => (
          <select {...aria} {...register("role")} className={inputClass} defaultValue="">
            <option value="" disabled>
              {t("choose")}
            </option>
            {STAFF_POST_ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("grantPost")}
      </Button>
    </form>
  );
}
