"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { COLLEGE_LEVELS, STUDENT_STATUSES } from "@/lib/schemas/trainee-options";
import type { TraineeInput, TraineeUpdateInput, traineeSchema } from "@/lib/schemas/trainee";

type Fields = ReturnType<typeof useActionForm<typeof traineeSchema, unknown>>["form"];

function CommonFields({ form, bankAccountLast4 }: { form: Fields; bankAccountLast4?: string | null }) {
  const t = useTranslations("trainee");
  const tLevel = useTranslations("collegeLevel");
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <>
      <FormField id="name" label={t("name")} error={e.name?.message} required>
        {(aria) => <input {...aria} {...register("name")} className={inputClass} />}
      </FormField>
      <FormField id="college" label={t("college")} error={e.college?.message} required>
        {(aria) => <input {...aria} {...register("college")} className={inputClass} />}
      </FormField>
      <FormField id="collegeLevel" label={t("collegeLevel")} error={e.collegeLevel?.message} required>
        {(aria) => (
          <select {...aria} {...register("collegeLevel")} className={inputClass}>
            <option value="">{t("choose")}</option>
            {COLLEGE_LEVELS.map((level) => <option key={level} value={level}>{tLevel(level)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="studentStatus" label={t("studentStatus")} error={e.studentStatus?.message} required>
        {(aria) => (
          <select {...aria} {...register("studentStatus")} className={inputClass}>
            <option value="">{t("choose")}</option>
            {STUDENT_STATUSES.map((s) => <option key={s} value={s}>{t(`studentStatusValue.${s}`)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="phone" label={t("phone")} error={e.phone?.message} required>
        {(aria) => <input {...aria} {...register("phone")} inputMode="tel" className={inputClass} />}
      </FormField>
      <FormField id="bankName" label={t("bankName")} error={e.bankName?.message}>
        {(aria) => <input {...aria} {...register("bankName")} className={inputClass} />}
      </FormField>
      <FormField id="bankAccount" label={t("bankAccount")} error={e.bankAccount?.message} hint={bankAccountLast4 ? t("bankAccountKept", { last4: bankAccountLast4 }) : undefined}>
        {(aria) => <input {...aria} {...register("bankAccount")} inputMode="numeric" autoComplete="off" className={inputClass} />}
      </FormField>
    </>
  );
}

export function RegisterTraineeForm({ action }: { action: (input: TraineeInput) => Promise<ActionResult<{ traineeId: string }>> }) {
  const t = useTranslations("trainee");
  const router = useRouter();
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/trainee").then((m) => m.traineeSchema), action, { defaultValues: { collegeLevel: undefined, studentStatus: undefined } });
  const onSubmit = submit(({ traineeId }) => router.push(`/institution/trainees/${traineeId}`));
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex max-w-xl flex-col gap-4">
      <FormError code={formError} />
      <FormField id="idNumber" label={t("idNumber")} error={form.formState.errors.idNumber?.message} hint={t("idNumberHint")} required>
        {(aria) => <input {...aria} {...form.register("idNumber")} autoComplete="off" className={inputClass} />}
      </FormField>
      <CommonFields form={form} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("register")}</Button>
    </form>
  );
}

export function EditTraineeForm({
  action,
  defaults,
  bankAccountLast4,
}: {
  action: (input: TraineeUpdateInput) => Promise<ActionResult<undefined>>;
  defaults: Omit<TraineeUpdateInput, "bankAccount">;
  bankAccountLast4: string | null;
}) {
  const t = useTranslations("trainee");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/trainee").then((m) => m.traineeUpdateSchema), action, { defaultValues: { ...defaults, bankAccount: "" } });
  const onSubmit = submit(() => {
    setSaved(true);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 flex max-w-xl flex-col gap-4">
      <FormError code={formError} />
      {saved ? <p role="status" className="text-green-800">{t("saved")}</p> : null}
      <CommonFields form={form as unknown as Fields} bankAccountLast4={bankAccountLast4} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("save")}</Button>
    </form>
  );
}
