"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/button";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import type { EmploymentContractInput, employmentContractSchema } from "@/lib/schemas/employment-contract";
import type { EmploymentContractUpdateInput } from "@/lib/schemas/training-record-edit";
import type { FactRefusal } from "./fact-refusal";
import { FactFormFrame, useFactFormOutcome } from "./fact-form";

export interface EnterpriseOption {
  id: string;
  nameZh: string;
  nameEn: string | null;
  creditCode: string;
  inNanchang: boolean;
}

type Props =
  | { traineeId: string; enterprises: EnterpriseOption[]; action: (input: EmploymentContractInput) => Promise<ActionResult<undefined>>; edit?: undefined }
  | {
      traineeId: string;
      enterprises: EnterpriseOption[];
      action: (input: EmploymentContractUpdateInput) => Promise<ActionResult<{ refusal: FactRefusal | null }>>;
      /** Editing an existing contract: its id, the current values and a label naming it. */
      edit: { contractId: string; defaults: Omit<EmploymentContractInput, "traineeId">; label: string };
    };

/**
 * Employer either picked from the registered enterprises or named as an outside employer; never a
 * "Nanchang?" choice. With `edit` it corrects an existing contract (a registered employer is then asked to confirm again).
 */
export function ContractForm(props: Props) {
  const { traineeId, enterprises, edit } = props;
  const t = useTranslations("trainee");
  const [search, setSearch] = useState("");
  const defaults = edit
    ? { traineeId, contractId: edit.contractId, ...edit.defaults }
    : { traineeId, employerKind: "REGISTERED" as const, employerIsServiceOutsourcing: true };
  // Both schemas validate the same fields; the edit one also carries the contract's id (a default value, sent with the rest).
  const loadSchema = edit
    ? () => import("@/lib/schemas/training-record-edit").then((m) => m.employmentContractUpdateSchema as unknown as typeof employmentContractSchema)
    : () => import("@/lib/schemas/employment-contract").then((m) => m.employmentContractSchema);
  const action = props.action as (input: EmploymentContractInput) => Promise<ActionResult<{ refusal: FactRefusal | null } | undefined>>;
  const { form, formError, submit } = useActionForm(loadSchema, action, { defaultValues: defaults });
  const id = (name: string) => (edit ? `${name}-${edit.contractId}` : name);
  const label = edit ? t("editContractOf", { employer: edit.label }) : t("recordContract");
  const { register, formState, watch } = form;
  const e = formState.errors;
  const kind = watch("employerKind");
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return q ? enterprises.filter((o) => `${o.nameZh} ${o.nameEn ?? ""} ${o.creditCode}`.toLowerCase().includes(q)) : enterprises;
  }, [enterprises, search]);
  const outcome = useFactFormOutcome(!!edit, () => form.reset(defaults));
  return (
    <FactFormFrame onSubmit={submit(outcome.afterSave)} label={label} outcome={outcome} formError={formError}>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">{t("employerKind")}</legend>
        <label className="mr-6 inline-flex items-center gap-2"><input type="radio" value="REGISTERED" {...register("employerKind")} /> {t("employerRegistered")}</label>
        <label className="inline-flex items-center gap-2"><input type="radio" value="OUTSIDE" {...register("employerKind")} /> {t("employerOutside")}</label>
      </fieldset>
      {kind === "REGISTERED" ? (
        <>
          <FormField id={id("employerSearch")} label={t("employerSearch")}>
            {(aria) => <input {...aria} value={search} onChange={(ev) => setSearch(ev.target.value)} className={inputClass} />}
          </FormField>
          <FormField id={id("employerOrganisationId")} label={t("employerOrganisation")} error={e.employerOrganisationId?.message} required>
            {(aria) => (
              <select {...aria} {...register("employerOrganisationId")} className={inputClass}>
                <option value="">{t("choose")}</option>
                {shown.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.nameZh} ({o.creditCode}, {o.inNanchang ? t("inNanchang") : t("elsewhere")})
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </>
      ) : (
        <>
          <p className="text-sm text-slate-700 sm:col-span-2">{t("outsideHint")}</p>
          <FormField id={id("outsideEmployerName")} label={t("outsideEmployerName")} error={e.outsideEmployerName?.message} required>
            {(aria) => <input {...aria} {...register("outsideEmployerName")} className={inputClass} />}
          </FormField>
          <FormField id={id("outsideEmployerCreditCode")} label={t("outsideEmployerCreditCode")} error={e.outsideEmployerCreditCode?.message} required>
            {(aria) => <input {...aria} {...register("outsideEmployerCreditCode")} autoComplete="off" className={inputClass} />}
          </FormField>
          <FormField id={id("outsideEmployerCity")} label={t("outsideEmployerCity")} error={e.outsideEmployerCity?.message} required>
            {(aria) => <input {...aria} {...register("outsideEmployerCity")} className={inputClass} />}
          </FormField>
          <div />
        </>
      )}
      <FormField id={id("signedOn")} label={t("signedOn")} error={e.signedOn?.message} required>
        {(aria) => <input {...aria} {...register("signedOn")} type="date" className={inputClass} />}
      </FormField>
      <div />
      <FormField id={id("contractStart")} label={t("contractStart")} error={e.startDate?.message} required>
        {(aria) => <input {...aria} {...register("startDate")} type="date" className={inputClass} />}
      </FormField>
      <FormField id={id("contractEnd")} label={t("contractEnd")} error={e.endDate?.message} required>
        {(aria) => <input {...aria} {...register("endDate")} type="date" className={inputClass} />}
      </FormField>
      <div className="sm:col-span-2"><Button type="submit" disabled={formState.isSubmitting}>{edit ? t("saveChanges") : t("recordContract")}</Button></div>
    </FactFormFrame>
  );
}
