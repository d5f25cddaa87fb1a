"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormField, inputClass } from "@/components/form-field";
import { useSchemaForm } from "@/components/use-action-form";
import { EligibilityInputError, evaluateOffshoreIncentive, policyInForceForClaimYear, type EligibilityLocale, type EligibilityPolicy } from "@/lib/eligibility";
// Type-only: zod is loaded lazily on every page (components/use-action-form.ts), the live result waits for it.
import type { offshoreCalculatorSchema as Schema, OffshoreCalculatorInput } from "@/lib/schemas/calculator";
import { useLoaded } from "./use-loaded";
import { PolicySelect } from "./policy-select";
import { ResultPanel, type Preview } from "./result-panel";

const DEFAULTS: OffshoreCalculatorInput = { claimYear: String(new Date().getFullYear() - 1), offshoreUsd: "", grantedRmb: "0", policyVersion: "" };

const loadSchema = () => import("@/lib/schemas/calculator").then((m) => m.offshoreCalculatorSchema);

/** Rule A for what the enterprise typed, recomputed on every keystroke that leaves the form valid. */
export function preview(values: unknown, versions: EligibilityPolicy[], schema: typeof Schema | null): Preview {
  if (!schema) return null;
  const parsed = schema.safeParse(values);
  if (!parsed.success) return null;
  const { claimYear, offshoreUsd, grantedRmb, policyVersion } = parsed.data;
  try {
    const policy = versions.find((v) => v.id === policyVersion) ?? policyInForceForClaimYear(claimYear, versions);
    return { kind: "A", policy, result: evaluateOffshoreIncentive({ claimYear, offshoreUsdCents: offshoreUsd, grantedFenThisYear: grantedRmb }, policy) };
  } catch (error) {
    if (error instanceof EligibilityInputError) return { kind: "refused", error };
    throw error;
  }
}

export function OffshoreCalculator({ versions, locale }: { versions: EligibilityPolicy[]; locale: EligibilityLocale }) {
  const t = useTranslations("calculator");
  const form = useSchemaForm(loadSchema, { defaultValues: DEFAULTS, mode: "onChange" });
  const schema = useLoaded(loadSchema);
  const values = useWatch({ control: form.control });
  const errors = form.formState.errors;
  return (
    <>
      <form noValidate className="mt-4 flex flex-col gap-3" data-testid="offshore-calculator" onSubmit={(e) => e.preventDefault()}>
        <FormField id="calc-claimYear" label={t("claimYear")} error={errors.claimYear?.message} required>
          {(aria) => <input {...aria} inputMode="numeric" className={inputClass} {...form.register("claimYear")} />}
        </FormField>
        <FormField id="calc-offshoreUsd" label={t("offshoreUsd")} error={errors.offshoreUsd?.message} required>
          {(aria) => <input {...aria} inputMode="decimal" className={inputClass} {...form.register("offshoreUsd")} />}
        </FormField>
        <FormField id="calc-grantedRmb" label={t("grantedRmb")} error={errors.grantedRmb?.message} required>
          {(aria) => <input {...aria} inputMode="decimal" className={inputClass} {...form.register("grantedRmb")} />}
        </FormField>
        <PolicySelect id="calc-policy-a" versions={versions} locale={locale} register={form.register("policyVersion")} />
      </form>
      <ResultPanel preview={preview(values, versions, schema)} locale={locale} />
    </>
  );
}
