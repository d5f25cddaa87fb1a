"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { trainingRecordSchema, type TrainingRecordInput } from "@/lib/schemas/training";

export function TrainingForm({ traineeId, action }: { traineeId: string; action: (input: TrainingRecordInput) => Promise<ActionResult<undefined>> }) {
  const t = useTranslations("trainee");
  const router = useRouter();
  const { form, formError, submit } = useActionForm(trainingRecordSchema, action, { defaultValues: { traineeId, examPassed: false } });
  const { register, formState } = form;
  const e = formState.errors;
  const onSubmit = submit(() => {
    form.reset({ traineeId, examPassed: false });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-2" aria-label={t("recordTraining")}>
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <FormField id="courseName" label={t("courseName")} error={e.courseName?.message} required>
        {(aria) => <input {...aria} {...register("courseName")} className={inputClass} />}
      </FormField>
      <div />
      <FormField id="trainingStart" label={t("startDate")} error={e.startDate?.message} required>
        {(aria) => <input {...aria} {...register("startDate")} type="date" className={inputClass} />}
      </FormField>
      <FormField id="trainingEnd" label={t("endDate")} error={e.endDate?.message} required>
        {(aria) => <input {...aria} {...register("endDate")} type="date" className={inputClass} />}
      </FormField>
      <label className="flex items-center gap-2 sm:col-span-2">
        <input type="checkbox" {...register("examPassed")} /> {t("examPassed")}
      </label>
      {e.examPassed?.message ? <FormField id="examPassedError" label="" error={e.examPassed.message}>{() => null}</FormField> : null}
      <FormField id="certificateNo" label={t("certificateNo")} error={e.certificateNo?.message}>
        {(aria) => <input {...aria} {...register("certificateNo")} className={inputClass} />}
      </FormField>
      <FormField id="certificateIssuedOn" label={t("certificateIssuedOn")} error={e.certificateIssuedOn?.message}>
        {(aria) => <input {...aria} {...register("certificateIssuedOn")} type="date" className={inputClass} />}
      </FormField>
      <div className="sm:col-span-2"><Button type="submit" disabled={formState.isSubmitting}>{t("recordTraining")}</Button></div>
    </form>
  );
}
