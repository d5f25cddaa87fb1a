"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { DistrictField, type DistrictGroup } from "@/components/district-field";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import type { ProfileInput } from "@/lib/schemas/profile";

const TEXT_FIELDS = [
  ["nameZh", "text", true],
  ["nameEn", "text", false],
  ["address", "text", true],
  ["contactName", "text", true],
  ["contactPhone", "tel", true],
  ["contactEmail", "email", true],
] as const;

/** The organisation's own details; the page passes the server action of its area (enterprise or institution). */
export function ProfileForm({
  profile,
  districtGroups,
  bankAccountMasked,
  action,
}: {
  profile: ProfileInput;
  districtGroups: readonly DistrictGroup[];
  bankAccountMasked: string | null;
  action: (input: ProfileInput) => Promise<ActionResult<{ bankAccountLast4: string | null }>>;
}) {
  const t = useTranslations("profile");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/profile").then((m) => m.profileSchema), action, { defaultValues: profile });
  const { register, formState } = form;
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const onSubmit = submit(() => {
    setSaved(true);
    form.setValue("bankAccount", "");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex max-w-xl flex-col gap-4" onChange={() => setSaved(false)}>
      <FormError code={formError} />
      {saved ? (
        <p role="status" className="text-green-800">
          {t("saved")}
        </p>
      ) : null}
      {TEXT_FIELDS.map(([name, type, required]) => (
        <FormField key={name} id={name} label={t(`field.${name}`)} error={errors[name]?.message} required={required}>
          {(aria) => <input {...aria} {...register(name)} type={type} className={inputClass} />}
        </FormField>
      ))}
      <DistrictField label={t("field.district")} error={errors.district?.message} registration={register("district")} groups={districtGroups} />
      <h2 className="mt-4 text-lg font-semibold">{t("bankTitle")}</h2>
      <p data-testid="bank-account-masked">{bankAccountMasked ? t("bankCurrent", { masked: bankAccountMasked }) : t("bankNone")}</p>
      <FormField id="bankAccountName" label={t("field.bankAccountName")} error={errors.bankAccountName?.message}>
        {(aria) => <input {...aria} {...register("bankAccountName")} className={inputClass} />}
      </FormField>
      <FormField id="bankName" label={t("field.bankName")} error={errors.bankName?.message}>
        {(aria) => <input {...aria} {...register("bankName")} className={inputClass} />}
      </FormField>
      <FormField id="bankAccount" label={t("field.bankAccount")} hint={t("bankAccountHint")} error={errors.bankAccount?.message}>
        {(aria) => <input {...aria} {...register("bankAccount")} inputMode="numeric" autoComplete="off" className={inputClass} />}
      </FormField>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
