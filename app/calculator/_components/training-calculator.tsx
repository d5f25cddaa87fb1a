"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormField, inputClass } from "@/components/form-field";
import { useSchemaForm } from "@/components/use-action-form";
import { EligibilityInputError, evaluateTrainingSubsidy, policyInForceOn, type EligibilityLocale, type EligibilityPolicy } from "@/lib/eligibility";
// Type-only: zod is loaded lazily on every page (components/use-action-form.ts), the live result waits for it.
import type { trainingCalculatorSchema as Schema, TrainingCalculatorInput } from "@/lib/schemas/calculator";
import { useLoaded } from "./use-loaded";
import { PolicySelect } from "./policy-select";
import { ResultPanel, type Preview } from "./result-panel";

const DEFAULTS: TrainingCalculatorInput = {
  isCollegeStudent: true,
  trainingStart: "",
  trainingEnd: "",
  passedExam: true,
  certificateNo: "",
  contractSignedOn: "",
  contractStart: "",
  contractEnd: "",
  employerIsServiceOutsourcing: true,
  employerInNanchang: true,
  alreadySubsidised: false,
  policyVersion: "",
};

const DATES = ["trainingStart", "trainingEnd", "contractSignedOn", "contractStart", "contractEnd"] as const;
const TICKS = ["isCollegeStudent", "passedExam", "employerIsServiceOutsourcing", "employerInNanchang", "alreadySubsidised"] as const;

const loadSchema = () => import("@/lib/schemas/calculator").then((m) => m.trainingCalculatorSchema);

/** Rule B for one trainee's facts, under the chosen version or the one in force on the signing date. */
export function preview(values: unknown, versions: EligibilityPolicy[], schema: typeof Schema | null): Preview {
  if (!schema) return null;
  const parsed = schema.safeParse(values);
  if (!parsed.success) return null;
  const { policyVersion, certificateNo, ...facts } = parsed.data;
  try {
    const policy = versions.find((v) => v.id === policyVersion) ?? policyInForceOn(facts.contractSignedOn, versions, "contractSignedOn");
    // A blank certificate number is "none", as on the institution's form.
    return { kind: "B", policy, result: evaluateTrainingSubsidy({ ...facts, certificateNo: certificateNo.trim() ? certificateNo : null }, policy) };
  } catch (error) {
    if (error instanceof EligibilityInputError) return { kind: "refused", error };
    throw error;
  }
}

export function TrainingCalculator({ versions, locale }: { versions: EligibilityPolicy[]; locale: EligibilityLocale }) {
  const t = useTranslations("calculator");
  const form = useSchemaForm(loadSchema, { defaultValues: DEFAULTS, mode: "onChange" });
  const schema = useLoaded(loadSchema);
  const values = useWatch({ control: form.control });
  const errors = form.formState.errors;
  return (
    <>
      <form noValidate className="mt-4 grid gap-3 sm:grid-cols-2" data-testid="training-calculator" onSubmit={(e) => e.preventDefault()}>
        {DATES.map((field) => (
          <FormField key={field} id={`calc-${field}`} label={t(field)} error={errors[field]?.message} required>
            {(aria) => <input {...aria} type="date" className={inputClass} {...form.register(field)} />}
          </FormField>
        ))}
        <FormField id="calc-certificateNo" label={t("certificateNo")} error={errors.certificateNo?.message}>
          {(aria) => <input {...aria} className={inputClass} {...form.register("certificateNo")} />}
        </FormField>
        <fieldset className="flex flex-col gap-1 sm:col-span-2">
          {TICKS.map((field) => (
            <label key={field} className="flex items-center gap-2 text-sm">
              <input type="checkbox" {...form.register(field)} />
              {t(field)}
            </label>
          ))}
        </fieldset>
        <PolicySelect id="calc-policy-b" versions={versions} locale={locale} register={form.register("policyVersion")} />
      </form>
      <ResultPanel preview={preview(values, versions, schema)} locale={locale} />
    </>
  );
}
