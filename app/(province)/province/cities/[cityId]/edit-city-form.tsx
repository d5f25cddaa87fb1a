"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { updateCityAction } from "../../actions";

type TextField = "nameZh" | "nameEn" | "bureauNameZh" | "bureauNameEn" | "mailFrom";

/** A city's names, bureau, sender and districts, as the province administrator corrects them. */
export function EditCityForm({ defaults }: { defaults: { cityId: string; nameZh: string; nameEn: string; bureauNameZh: string; bureauNameEn: string; mailFrom: string; districts: string } }) {
  const t = useTranslations("province");
  const [saved, setSaved] = useState(false);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/city-details").then((m) => m.cityDetailsSchema), updateCityAction, { defaultValues: defaults });
  const { register, formState } = form;
  const onSubmit = submit(() => setSaved(true));
  const text = (name: TextField, options: { hint?: string; required?: boolean } = {}) => (
    <FormField id={name} label={t(name)} hint={options.hint} error={formState.errors[name]?.message} required={options.required ?? true}>
      {(aria) => <input {...aria} {...register(name)} className={inputClass} />}
    </FormField>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex max-w-xl flex-col gap-4" data-testid="edit-city-form">
      <FormError code={formError} />
      {saved ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("citySaved")}
        </p>
      ) : null}
      <input type="hidden" {...register("cityId")} />
      {text("nameZh")}
      {text("nameEn")}
      {text("bureauNameZh")}
      {text("bureauNameEn")}
      {text("mailFrom", { hint: t("mailFromHint"), required: false })}
      <FormField id="districts" label={t("districts")} hint={t("districtsEditHint")} error={formState.errors.districts?.message} required>
        {(aria) => <textarea {...aria} {...register("districts")} rows={12} lang="zh-CN" className={`${inputClass} font-mono`} />}
      </FormField>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("saveCity")}
      </Button>
    </form>
  );
}
