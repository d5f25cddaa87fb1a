"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { createCityAction } from "./actions";

type TextField = "cityId" | "nameZh" | "nameEn" | "divisionPrefixes" | "bureauNameZh" | "bureauNameEn" | "mailFrom";

export function CreateCityForm() {
  const t = useTranslations("province");
  const english = useLocale() === "en";
  const [created, setCreated] = useState<{ city: string; email: string } | null>(null);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/new-city").then((m) => m.newCitySchema), createCityAction);
  const { register, formState } = form;
  const onSubmit = submit((result) => {
    setCreated({ city: english ? result.cityNameEn : result.cityNameZh, email: result.email });
    form.reset();
  });
  const text = (name: TextField, options: { hint?: string; required?: boolean } = {}) => (
    <FormField id={name} label={t(name)} hint={options.hint} error={formState.errors[name]?.message} required={options.required ?? true}>
      {(aria) => <input {...aria} {...register(name)} className={inputClass} />}
    </FormField>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex max-w-xl flex-col gap-4" data-testid="create-city-form">
      <FormError code={formError} />
      {created ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("created", created)}
        </p>
      ) : null}
      {text("cityId", { hint: t("cityIdHint") })}
      {text("nameZh")}
      {text("nameEn")}
      {text("divisionPrefixes", { hint: t("divisionPrefixesHint") })}
      <FormField id="districts" label={t("districts")} hint={t("districtsHint")} error={formState.errors.districts?.message} required>
        {(aria) => <textarea {...aria} {...register("districts")} rows={8} lang="zh-CN" className={`${inputClass} font-mono`} />}
      </FormField>
      {text("bureauNameZh")}
      {text("bureauNameEn")}
      {text("mailFrom", { hint: t("mailFromHint"), required: false })}
      <fieldset className="flex flex-col gap-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-sm font-semibold">{t("administrator")}</legend>
        <FormField id="administratorName" label={t("administratorName")} error={formState.errors.administratorName?.message} required>
          {(aria) => <input {...aria} {...register("administratorName")} className={inputClass} />}
        </FormField>
        <FormField id="administratorEmail" label={t("administratorEmail")} error={formState.errors.administratorEmail?.message} required>
          {(aria) => <input {...aria} {...register("administratorEmail")} type="email" className={inputClass} />}
        </FormField>
        <FormField id="administratorPassword" label={t("administratorPassword")} error={formState.errors.administratorPassword?.message} required>
          {(aria) => <input {...aria} {...register("administratorPassword")} type="password" autoComplete="new-password" className={inputClass} />}
        </FormField>
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("create")}
      </Button>
    </form>
  );
}
