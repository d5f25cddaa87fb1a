"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { employmentContractSchema, type EmploymentContractInput } from "@/lib/schemas/employment-contract";

export interface EnterpriseOption {
  id: string;
  nameZh: string;
  nameEn: string | null;
  creditCode: string;
  inNanchang: boolean;
}

/** Employer either picked from the registered enterprises or named as an outside employer; never a "Nanchang?" choice. */
export function ContractForm({
  traineeId,
  enterprises,
  action,
}: {
  traineeId: string;
  enterprises: EnterpriseOption[];
  action: (input: EmploymentContractInput) => Promise<ActionResult<undefined>>;
}) {
  const t = useTranslations("trainee");
  const router = useRouter();
  const [search, setSearch] = useState("");
  const defaults = { traineeId, employerKind: "REGISTERED" as const, employerIsServiceOutsourcing: true };
  const { form, formError, submit } = useActionForm(employmentContractSchema, action, { defaultValues: defaults });
  const { register, formState, watch } = form;
  const e = formState.errors;
  const kind = watch("employerKind");
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return q ? enterprises.filter((o) => `${o.nameZh} ${o.nameEn ?? ""} ${o.creditCode}`.toLowerCase().includes(q)) : enterprises;
  }, [enterprises, search]);
  const onSubmit = submit(() => {
    form.reset(defaults);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-2" aria-label={t("recordContract")}>
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">{t("employerKind")}</legend>
        <label className="mr-6 inline-flex items-center gap-2"><input type="radio" value="REGISTERED" {...register("employerKind")} /> {t("employerRegistered")}</label>
        <label className="inline-flex items-center gap-2"><input type="radio" value="OUTSIDE" {...register("employerKind")} /> {t("employerOutside")}</label>
      </fieldset>
      {kind === "REGISTERED" ? (
        <>
          <FormField id="employerSearch" label={t("employerSearch")}>
            {(aria) => <input {...aria} value={search} onChange={(ev) => setSearch(ev.target.value)} className={inputClass} />}
          </FormField>
          <FormField id="employerOrganisationId" label={t("employerOrganisation")} error={e.employerOrganisationId?.message} required>
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
          <FormField id="outsideEmployerName" label={t("outsideEmployerName")} error={e.outsideEmployerName?.message} required>
            {(aria) => <input {...aria} {...register("outsideEmployerName")} className={inputClass} />}
          </FormField>
          <FormField id="outsideEmployerCreditCode" label={t("outsideEmployerCreditCode")} error={e.outsideEmployerCreditCode?.message} required>
            {(aria) => <input {...aria} {...register("outsideEmployerCreditCode")} autoComplete="off" className={inputClass} />}
          </FormField>
          <FormField id="outsideEmployerCity" label={t("outsideEmployerCity")} error={e.outsideEmployerCity?.message} required>
            {(aria) => <input {...aria} {...register("outsideEmployerCity")} className={inputClass} />}
          </FormField>
          <div />
        </>
      )}
      <FormField id="signedOn" label={t("signedOn")} error={e.signedOn?.message} required>
        {(aria) => <input {...aria} {...register("signedOn")} type="date" className={inputClass} />}
      </FormField>
      <div />
      <FormField id="contractStart" label={t("contractStart")} error={e.startDate?.message} required>
        {(aria) => <input {...aria} {...register("startDate")} type="date" className={inputClass} />}
      </FormField>
      <FormField id="contractEnd" label={t("contractEnd")} error={e.endDate?.message} required>
        {(aria) => <input {...aria} {...register("endDate")} type="date" className={inputClass} />}
      </FormField>
      <div className="sm:col-span-2"><Button type="submit" disabled={formState.isSubmitting}>{t("recordContract")}</Button></div>
    </form>
  );
}
