"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField, inputClass } from "@/components/form-field";
import type { EligibilityLocale, EligibilityPolicy } from "@/lib/eligibility";

/** "The version in force" or one published version by name and first day. */
export function PolicySelect({ id, versions, locale, register }: { id: string; versions: EligibilityPolicy[]; locale: EligibilityLocale; register: UseFormRegisterReturn }) {
  const t = useTranslations("calculator");
  return (
    <FormField id={id} label={t("policy")}>
      {(aria) => (
        <select {...aria} className={inputClass} {...register}>
          <option value="">{t("policyInForce")}</option>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {locale === "en" ? v.nameEn : v.nameZh} ({v.effectiveFrom})
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
