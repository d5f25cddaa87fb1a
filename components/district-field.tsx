"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField, inputClass } from "@/components/form-field";
import type { District } from "@/lib/organisations/districts";

/** One city's districts under its name (a label only when the list shows several cities). */
export interface DistrictGroup {
  label: string | null;
  districts: readonly District[];
}

/** The organisation's district, as sign-up and the organisation profile ask it; the page says which districts to offer. */
export function DistrictField({ label, error, registration, groups }: { label: string; error?: string; registration: UseFormRegisterReturn<"district">; groups: readonly DistrictGroup[] }) {
  const tDistrict = useTranslations("district");
  const options = (districts: readonly District[]) =>
    districts.map((district) => (
      <option key={district} value={district}>
        {tDistrict(district)}
      </option>
    ));
  return (
    <FormField id="district" label={label} error={error} required>
      {(aria) => (
        <select {...aria} {...registration} className={inputClass}>
          {groups.map((group, index) =>
            group.label ? (
              <optgroup key={group.label} label={group.label}>
                {options(group.districts)}
              </optgroup>
            ) : (
              <Fragment key={index}>{options(group.districts)}</Fragment>
            ),
          )}
        </select>
      )}
    </FormField>
  );
}
