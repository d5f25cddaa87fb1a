"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import type { TrainingRecordInput, trainingRecordSchema } from "@/lib/schemas/training";
import type { TrainingRecordUpdateInput } from "@/lib/schemas/training-record-edit";
import type { FactRefusal } from "./fact-refusal";
import { FactFormFrame, useFactFormOutcome } from "./fact-form";

type Props =
  | { traineeId: string; action: (input: TrainingRecordInput) => Promise<ActionResult<undefined>>; edit?: undefined }
  | {
      traineeId: string;
      action: (input: TrainingRecordUpdateInput) => Promise<ActionResult<{ refusal: FactRefusal | null }>>;
      /** Editing an existing record: its id, the current values and a label naming it. */
      edit: { trainingRecordId: string; defaults: Omit<TrainingRecordInput, "traineeId">; label: string };
    };

/** Records a course (or, with `edit`, corrects one): course, dates, exam and certificate. */
export function TrainingForm(props: Props) {
  const { traineeId, edit } = props;
  const t = useTranslations("trainee");
  const defaults = edit ? { traineeId, trainingRecordId: edit.trainingRecordId, ...edit.defaults } : { traineeId, examPassed: false };
  // Both schemas validate the same fields; the edit one also carries the record's id (a default value, sent with the rest).
  const loadSchema = edit
    ? () => import("@/lib/schemas/training-record-edit").then((m) => m.trainingRecordUpdateSchema as unknown as typeof trainingRecordSchema)
    : () => import("@/lib/schemas/training").then((m) => m.trainingRecordSchema);
  const action = props.action as (input: TrainingRecordInput) => Promise<ActionResult<{ refusal: FactRefusal | null } | undefined>>;
  const { form, formError, submit } = useActionForm(loadSchema, action, { defaultValues: defaults });
  const { register, formState } = form;
  const e = formState.errors;
  const id = (name: string) => (edit ? `${name}-${edit.trainingRecordId}` : name);
  const label = edit ? t("editTrainingOf", { course: edit.label }) : t("recordTraining");
  const outcome = useFactFormOutcome(!!edit, () => form.reset(defaults));
  return (
    <FactFormFrame onSubmit={submit(outcome.afterSave)} label={label} outcome={outcome} formError={formError}>
      <FormField id={id("courseName")} label={t("courseName")} error={e.courseName?.message} required>
        {(aria) => <input {...aria} {...register("courseName")} className={inputClass} />}
      </FormField>
      <div />
      <FormField id={id("trainingStart")} label={t("startDate")} error={e.startDate?.message} required>
        {(aria) => <input {...aria} {...register("startDate")} type="date" className={inputClass} />}
      </FormField>
      <FormField id={id("trainingEnd")} label={t("endDate")} error={e.endDate?.message} required>
        {(aria) => <input {...aria} {...register("endDate")} type="date" className={inputClass} />}
      </FormField>
      <label className="flex items-center gap-2 sm:col-span-2">
        <input type="checkbox" {...register("examPassed")} /> {t("examPassed")}
      </label>
      {e.examPassed?.message ? <FormField id={id("examPassedError")} label="" error={e.examPassed.message}>{() => null}</FormField> : null}
      <FormField id={id("certificateNo")} label={t("certificateNo")} error={e.certificateNo?.message}>
        {(aria) => <input {...aria} {...register("certificateNo")} className={inputClass} />}
      </FormField>
      <FormField id={id("certificateIssuedOn")} label={t("certificateIssuedOn")} error={e.certificateIssuedOn?.message}>
        {(aria) => <input {...aria} {...register("certificateIssuedOn")} type="date" className={inputClass} />}
      </FormField>
      <div className="sm:col-span-2"><Button type="submit" disabled={formState.isSubmitting}>{edit ? t("saveChanges") : t("recordTraining")}</Button></div>
    </FactFormFrame>
  );
}
