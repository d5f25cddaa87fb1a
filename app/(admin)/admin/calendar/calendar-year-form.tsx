"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { saveCalendarYearAction } from "./actions";

export interface CalendarYearFormValues {
  year: string;
  daysOff: string;
  workingWeekendDays: string;
  source: string;
}

/** Enter a year, or correct the one in force (the page passes its lists as the starting values). */
export function CalendarYearForm({ defaults }: { defaults: CalendarYearFormValues }) {
  const t = useTranslations("calendar");
  const router = useRouter();
  const [savedYear, setSavedYear] = useState<number | null>(null);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/calendar-year").then((m) => m.calendarYearSchema), saveCalendarYearAction, {
    defaultValues: defaults,
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      className="mt-4 flex max-w-xl flex-col gap-3"
      onSubmit={submit(({ year }) => {
        setSavedYear(year);
        router.refresh();
      })}
    >
      <FormError code={formError} />
      {savedYear !== null ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("saved", { year: savedYear })}
        </p>
      ) : null}
      <FormField id="calendar-year" label={t("year")} error={errors.year?.message} required>
        {(aria) => <input {...aria} inputMode="numeric" className={`${inputClass} w-32`} {...form.register("year")} />}
      </FormField>
      <FormField id="calendar-days-off" label={t("daysOff")} error={errors.daysOff?.message} hint={t("daysOffHint")} required>
        {(aria) => <textarea {...aria} rows={10} spellCheck={false} className={`${inputClass} font-mono`} {...form.register("daysOff")} />}
      </FormField>
      <FormField id="calendar-working-weekend-days" label={t("workingWeekendDays")} error={errors.workingWeekendDays?.message} hint={t("workingWeekendDaysHint")}>
        {(aria) => <textarea {...aria} rows={4} spellCheck={false} className={`${inputClass} font-mono`} {...form.register("workingWeekendDays")} />}
      </FormField>
      <FormField id="calendar-source" label={t("source")} error={errors.source?.message} hint={t("sourceHint")}>
        {(aria) => <input {...aria} className={inputClass} {...form.register("source")} />}
      </FormField>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
