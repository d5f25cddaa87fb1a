"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/button";
import { DistrictField, type DistrictGroup } from "@/components/district-field";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { signUpAction } from "./actions";

const TEXT_FIELDS = [
  ["nameZh", "text", "organization"],
  ["nameEn", "text", "off"],
  ["creditCode", "text", "off"],
  ["address", "text", "street-address"],
  ["contactName", "text", "name"],
  ["contactPhone", "tel", "tel"],
] as const;

export function SignUpForm({ districtGroups }: { districtGroups: readonly DistrictGroup[] }) {
  const t = useTranslations("signup");
  const [receivedFor, setReceivedFor] = useState<string | null>(null);
  // Nanchang's Honggutan, as before districts were data, when offered; else the first offered.
  const offered = districtGroups.flatMap((group) => group.districts.map((d) => d.code));
  const defaultDistrict = offered.includes("HONGGUTAN") ? "HONGGUTAN" : (offered[0] ?? "");
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/sign-up").then((m) => m.signUpSchema), signUpAction, {
    defaultValues: { kind: "ENTERPRISE", district: defaultDistrict },
  });
  const { register, formState } = form;
  const errors = formState.errors as Record<string, { message?: string } | undefined>;

  // The same answer for a new and an already registered e-mail or credit code (lib/organisations/sign-up-organisation.ts).
  const onSubmit = submit(() => setReceivedFor(form.getValues().email));

  if (receivedFor) {
    return (
      <div role="status" className="mt-6 max-w-xl rounded border border-green-700 bg-green-50 p-4 text-green-900">
        <p className="font-semibold">{t("receivedTitle")}</p>
        <p className="mt-2">{t("receivedBody", { email: receivedFor })}</p>
        <p className="mt-2">
          <Link href="/login" className="text-brand-700 underline">
            {t("signInLink")}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex max-w-xl flex-col gap-4">
      <FormError code={formError} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t("kind")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" value="ENTERPRISE" {...register("kind")} /> {t("kindEnterprise")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="TRAINING_INSTITUTION" {...register("kind")} /> {t("kindInstitution")}
        </label>
      </fieldset>
      {TEXT_FIELDS.map(([name, type, autoComplete]) => (
        <FormField
          key={name}
          id={name}
          label={t(`field.${name}`)}
          hint={name === "creditCode" ? t("creditCodeHint") : undefined}
          error={errors[name]?.message}
          required={name !== "nameEn"}
        >
          {(aria) => <input {...aria} {...register(name)} type={type} autoComplete={autoComplete} className={inputClass} />}
        </FormField>
      ))}
      <DistrictField label={t("field.district")} error={errors.district?.message} registration={register("district")} groups={districtGroups} />
      <h2 className="mt-4 text-lg font-semibold">{t("firstUser")}</h2>
      <FormField id="userName" label={t("field.userName")} error={errors.userName?.message} required>
        {(aria) => <input {...aria} {...register("userName")} autoComplete="name" className={inputClass} />}
      </FormField>
      <FormField id="email" label={t("field.email")} error={errors.email?.message} required>
        {(aria) => <input {...aria} {...register("email")} type="email" autoComplete="email" className={inputClass} />}
      </FormField>
      <FormField id="password" label={t("field.password")} hint={t("passwordHint")} error={errors.password?.message} required>
        {(aria) => <input {...aria} {...register("password")} type="password" autoComplete="new-password" className={inputClass} />}
      </FormField>
      <FormField id="passwordConfirm" label={t("field.passwordConfirm")} error={errors.passwordConfirm?.message} required>
        {(aria) => (
          <input {...aria} {...register("passwordConfirm")} type="password" autoComplete="new-password" className={inputClass} />
        )}
      </FormField>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
