"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { setYearBudgetAction } from "./actions";

export function BudgetForm({ defaultYear }: { defaultYear: number }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/year-budget").then((m) => m.yearBudgetSchema), setYearBudgetAction, { defaultValues: { year: defaultYear, budgetYuan: "" } });
  const errors = form.formState.errors;
  return (
    <form noValidate className="mt-4 flex max-w-md flex-col gap-3" onSubmit={submit(() => router.refresh())}>
      <FormError code={formError} />
      <FormField id="budget-year" label={t("budgetYear")} error={errors.year?.message} required>
        {(aria) => <input {...aria} inputMode="numeric" className={inputClass} {...form.register("year")} />}
      </FormField>
      <FormField id="budget-yuan" label={t("budgetYuan")} error={errors.budgetYuan?.message} hint={t("budgetHint")} required>
        {(aria) => <input {...aria} inputMode="decimal" className={inputClass} {...form.register("budgetYuan")} />}
      </FormField>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("saveBudget")}</Button>
      </div>
    </form>
  );
}
