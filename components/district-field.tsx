"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField, inputClass } from "@/components/form-field";
import type { DistrictChoice } from "@/lib/organisations/district-choices";

/** One city's districts under its name (a label only when the list shows several cities), named by the page in the reader's language. */
export interface DistrictGroup {
  label: string | null;
  districts: readonly DistrictChoice[];
}

/**
 * The organisation's district, as sign-up and the organisation profile ask it; the page says which
 * districts to offer and their names (from the city's list). Only "outside", which is no city's
 * district, is named by messages.
 */
export function DistrictField({ label, error, registration, groups }: { label: string; error?: string; registration: UseFormRegisterReturn<"district">; groups: readonly DistrictGroup[] }) {
  const tDistrict = useTranslations("district");
  const options = (districts: readonly DistrictChoice[]) =>
    districts.map((district) => (
      <option key={district.code} value={district.code}>
        {district.name ?? tDistrict(district.code)}
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
