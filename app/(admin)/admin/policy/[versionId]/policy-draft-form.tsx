"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { PolicyDraftInput } from "@/lib/schemas/policy-draft";
import { savePolicyDraftAction } from "../actions";

type MoneyField = "offshoreThresholdUsd" | "offshoreRateYuanPerUsd" | "offshoreAnnualCapYuan" | "traineeYuanInCity" | "institutionYuanInCity" | "traineeYuanElsewhere" | "institutionYuanElsewhere" | "fourEyesThresholdYuan";
type CountField = "trainingMinMonths" | "contractMinMonths" | "noticePeriodWorkingDays" | "riskSharedClientClaimants" | "riskRoundAmountMinLines" | "riskConfirmationBurstCount" | "riskConfirmationBurstMinutes";
type PercentField = "reconciliationTolerancePercent" | "riskRoundAmountSharePercent" | "riskJustUnderFourEyesPercent" | "riskRoundUnitUsd";

const GROUPS: { title: "ruleA" | "ruleB" | "review" | "verification"; fields: (MoneyField | CountField | PercentField)[] }[] = [
  { title: "ruleA", fields: ["offshoreThresholdUsd", "offshoreRateYuanPerUsd", "offshoreAnnualCapYuan"] },
  { title: "ruleB", fields: ["traineeYuanInCity", "institutionYuanInCity", "traineeYuanElsewhere", "institutionYuanElsewhere", "trainingMinMonths", "contractMinMonths"] },
  { title: "review", fields: ["fourEyesThresholdYuan", "noticePeriodWorkingDays"] },
  // Issue 18: the reconciliation's tolerance and the risk signals' thresholds (they inform a reviewer, never decide).
  {
    title: "verification",
    fields: [
      "reconciliationTolerancePercent",
      "riskSharedClientClaimants",
      "riskRoundAmountMinLines",
      "riskRoundAmountSharePercent",
      "riskRoundUnitUsd",
      "riskJustUnderFourEyesPercent",
      "riskConfirmationBurstCount",
      "riskConfirmationBurstMinutes",
    ],
  },
];
const COUNT_FIELDS: readonly string[] = ["trainingMinMonths", "contractMinMonths", "noticePeriodWorkingDays", "riskSharedClientClaimants", "riskRoundAmountMinLines", "riskConfirmationBurstCount", "riskConfirmationBurstMinutes"];

/** The draft's names, first day and parameters; saving raises its revision (a publish prepared on the old one is refused). */
export function PolicyDraftForm({ defaults, earliest }: { defaults: PolicyDraftInput; earliest: string }) {
  const t = useTranslations("policy");
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/policy-draft").then((m) => m.policyDraftSchema), savePolicyDraftAction, { defaultValues: defaults });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      className="mt-4 flex max-w-2xl flex-col gap-3"
      onSubmit={submit(({ revision }) => {
        setSaved(revision);
        form.setValue("revision", revision);
        router.refresh();
      })}
    >
      <FormError code={formError} />
      {saved !== null ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("saved", { revision: saved })}
        </p>
      ) : null}
      <input type="hidden" {...form.register("versionId")} />
      <input type="hidden" {...form.register("revision")} />
      <FormField id="policy-name-zh" label={t("nameZh")} error={errors.nameZh?.message} required>
        {(aria) => <input {...aria} className={inputClass} {...form.register("nameZh")} />}
      </FormField>
      <FormField id="policy-name-en" label={t("nameEn")} error={errors.nameEn?.message} required>
        {(aria) => <input {...aria} className={inputClass} {...form.register("nameEn")} />}
      </FormField>
      <FormField id="policy-effective-from" label={t("effectiveFrom")} error={errors.effectiveFrom?.message} hint={t("effectiveFromHint", { earliest })} required>
        {(aria) => <input {...aria} type="date" min={earliest} className={`${inputClass} w-48`} {...form.register("effectiveFrom")} />}
      </FormField>
      {GROUPS.map((group) => (
        <fieldset key={group.title} className="mt-2 flex flex-col gap-3 rounded border border-slate-300 p-3">
          <legend className="px-1 font-medium">{t(`groups.${group.title}`)}</legend>
          {group.fields.map((field) => (
            <FormField key={field} id={`policy-${field}`} label={t(`fields.${field}`)} error={errors[field]?.message} hint={t(`hints.${field}`)} required>
              {(aria) => <input {...aria} inputMode={COUNT_FIELDS.includes(field) ? "numeric" : "decimal"} className={`${inputClass} w-48`} {...form.register(field)} />}
            </FormField>
          ))}
        </fieldset>
      ))}
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
