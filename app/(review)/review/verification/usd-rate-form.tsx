"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { setUsdRateAction } from "./actions";

/** The reviewer's entry of a year's rate for a currency other than the US dollar (issue 18). */
export function UsdRateForm({ defaultYear }: { defaultYear: number }) {
  const t = useTranslations("verificationImport.rates");
  const router = useRouter();
  const [reconciled, setReconciled] = useState<number | null>(null);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/usd-rate").then((m) => m.usdRateSchema), setUsdRateAction, {
    defaultValues: { year: defaultYear, currency: "", rate: "" },
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      className="mt-3 flex max-w-md flex-col gap-3"
      onSubmit={submit((result) => {
        setReconciled(result.reconciled);
        form.reset({ year: form.getValues("year"), currency: "", rate: "" });
        router.refresh();
      })}
    >
      <FormError code={formError} />
      <FormField id="rate-year" label={t("year")} error={errors.year?.message} required>
        {(aria) => <input {...aria} inputMode="numeric" className={inputClass} {...form.register("year")} />}
      </FormField>
      <FormField id="rate-currency" label={t("currency")} error={errors.currency?.message} hint={t("currencyHint")} required>
        {(aria) => <input {...aria} className={inputClass} {...form.register("currency")} />}
      </FormField>
      <FormField id="rate-value" label={t("rate")} error={errors.rate?.message} hint={t("rateHint")} required>
        {(aria) => <input {...aria} inputMode="decimal" className={inputClass} {...form.register("rate")} />}
      </FormField>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
      </div>
      {reconciled !== null ? (
        <p role="status" className="text-sm text-green-800">
          {t("saved", { reconciled })}
        </p>
      ) : null}
    </form>
  );
}
