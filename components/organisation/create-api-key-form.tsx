"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { API_KEY_SCOPES } from "@/lib/api-keys/api-key-scopes";
import type { CreateApiKeyInput } from "@/lib/schemas/api-key";

/** Makes a key; shows it once, with the hint to copy it now. The page passes its area's action. */
export function CreateApiKeyForm({
  action,
  today,
  latest,
}: {
  action: (input: CreateApiKeyInput) => Promise<ActionResult<{ key: string; prefix: string }>>;
  today: string;
  latest: string;
}) {
  const t = useTranslations("apiKeys");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const defaultValues: CreateApiKeyInput = { name: "", scopes: ["claims:read"], expiresOn: "" };
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/api-key").then((m) => m.createApiKeySchema), action, { defaultValues });
  const onSubmit = submit((data) => {
    setCreated(data.key);
    form.reset(defaultValues);
    router.refresh();
  });
  const scopesError = form.formState.errors.scopes?.message ?? form.formState.errors.scopes?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex max-w-xl flex-col gap-3">
      <h2 className="text-lg font-semibold">{t("createTitle")}</h2>
      <FormError code={formError} />
      <FormField id="api-key-name" label={t("name")} hint={t("nameHint")} error={form.formState.errors.name?.message} required>
        {(aria) => <input {...aria} {...form.register("name")} className={inputClass} maxLength={100} />}
      </FormField>
      <fieldset className="flex flex-col gap-1" aria-describedby={scopesError ? "api-key-scopes-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          {t("scopes")}
          <span aria-hidden="true" className="text-red-700"> *</span>
        </legend>
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={scope} {...form.register("scopes")} aria-invalid={!!scopesError} />
            {t(`scope.${scope}`)}
          </label>
        ))}
        {scopesError ? (
          <p id="api-key-scopes-error" role="alert" className="text-sm text-red-700">
            {tv.has(scopesError) ? tv(scopesError) : tv("invalid")}
          </p>
        ) : null}
      </fieldset>
      <FormField id="api-key-expires" label={t("expiresOn")} hint={t("expiresOnHint")} error={form.formState.errors.expiresOn?.message} required>
        {(aria) => <input {...aria} {...form.register("expiresOn")} type="date" min={today} max={latest} className={inputClass} />}
      </FormField>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("creating") : t("create")}
        </Button>
      </div>
      {created ? (
        <div role="status" className="rounded border border-green-700 bg-green-50 p-3 text-sm">
          <p className="font-semibold">{t("createdTitle")}</p>
          <p className="mt-1 select-all break-all font-mono" data-testid="new-api-key">
            {created}
          </p>
          <p className="mt-1">{t("createdHint")}</p>
        </div>
      ) : null}
    </form>
  );
}
