"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField, inputClass } from "@/components/form-field";
import { DISTRICTS } from "@/lib/organisations/districts";

/** The organisation's district, as sign-up and the organisation profile ask it. */
export function DistrictField({ label, error, registration }: { label: string; error?: string; registration: UseFormRegisterReturn<"district"> }) {
  const tDistrict = useTranslations("district");
  return (
    <FormField id="district" label={label} error={error} required>
      {(aria) => (
        <select {...aria} {...registration} className={inputClass}>
          {DISTRICTS.map((district) => (
            <option key={district} value={district}>
              {tDistrict(district)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
