"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormField, inputClass } from "@/components/form-field";
import { useSchemaForm } from "@/components/use-action-form";
import { safeReturnPath } from "@/lib/auth/return-path";

const loadLoginSchema = () => import("@/lib/schemas/login").then((m) => m.loginSchema);

export function LoginForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const searchParams = useSearchParams();
  const [formError, setFormError] = useState<string | null>(null);
  // Disabled until hydrated: a bare HTML form would send the password in a GET query string.
  const { register, handleSubmit, formState } = useSchemaForm(loadLoginSchema);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(result?.error ?? "INVALID_CREDENTIALS");
      return;
    }
    // Only a page of the portal: a callbackUrl pointing elsewhere would be an open redirect.
    router.push(safeReturnPath(searchParams.get("callbackUrl"), window.location.origin));
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 flex max-w-md flex-col gap-4">
      {formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`loginError.${["INVALID_CREDENTIALS", "THROTTLED", "ACCOUNT_DISABLED"].includes(formError) ? formError : "INVALID_CREDENTIALS"}`)}
        </p>
      ) : null}
      <FormField id="email" label={t("email")} error={formState.errors.email?.message} required>
        {(aria) => <input {...aria} {...register("email")} type="email" autoComplete="username" className={inputClass} />}
      </FormField>
      <FormField id="password" label={t("password")} error={formState.errors.password?.message} required>
        {(aria) => (
          <input {...aria} {...register("password")} type="password" autoComplete="current-password" className={inputClass} />
        )}
      </FormField>
      <Button type="submit" disabled={formState.isSubmitting || formState.disabled}>
        {formState.isSubmitting ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
