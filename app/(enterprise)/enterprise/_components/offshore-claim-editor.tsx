"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { useUnsavedDraft } from "@/components/use-unsaved-draft";
import { saveOffshoreDraftAction } from "@/app/(enterprise)/enterprise/claims/actions";
import type { CountryOption } from "@/lib/offshore-claims/countries";
import { SERVICE_CATEGORIES } from "@/lib/offshore-claims/service-categories";
import type { OffshoreDraftInput, OffshoreLineInput } from "@/lib/schemas/offshore-claim";
import { ClaimPreview } from "./claim-preview";

type FieldErrors = Record<string, { message?: string } | undefined>;

interface EditorProps {
  /** The client countries, named and sorted on the server (lib/offshore-claims/countries.ts says why). */
  countries: CountryOption[];
  claim: { id?: string; version?: number; claimYear?: number; onshoreUsd: string; lines: OffshoreLineInput[] };
  grantedFenThisYear: number;
  /** Per saved line id: its evidence panel and the reviewer's comments, rendered by the page. */
  lineExtras?: Record<string, ReactNode>;
  defaultClaimYear?: number;
}

const EMPTY_LINE: OffshoreLineInput = {
  contractRegNo: "",
  clientName: "",
  clientCountry: "",
  serviceCategory: "" as OffshoreLineInput["serviceCategory"],
  contractValueUsd: "",
  executedUsd: "",
  fxReceiptDate: "",
};

/**
 * The claim form: year, onshore amount and the contract lines, with the live preview beside it.
 * "Save draft" stores everything on the server (lines keep their ids); bad fields are marked and
 * nothing is saved until all are right.
 */
export function OffshoreClaimEditor({ claim, grantedFenThisYear, lineExtras = {}, defaultClaimYear, countries }: EditorProps) {
  const t = useTranslations("offshoreClaim");
  const tCategory = useTranslations("serviceCategory");
  const router = useRouter();
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/offshore-claim").then((m) => m.offshoreDraftSchema), saveOffshoreDraftAction, {
    defaultValues: {
      claimId: claim.id,
      version: claim.version,
      claimYear: claim.claimYear ?? defaultClaimYear,
      onshoreUsd: claim.onshoreUsd,
      lines: claim.lines,
    } as OffshoreDraftInput,
  });
  const unsaved = useUnsavedDraft(`offshore-claim-draft:${claim.id ?? "new"}`, form, claim.version);
  const { register, control, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "lines", keyName: "fieldKey" });
  const errors = formState.errors as unknown as FieldErrors & { lines?: FieldErrors[] };

  const onSave = submit(async ({ id }) => {
    unsaved.forget();
    router.replace(`/enterprise/claims/${id}?saved=1`);
    router.refresh();
  });

  const lineError = (index: number, name: keyof OffshoreLineInput) => errors.lines?.[index]?.[name]?.message;

  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_18rem]">
      <form onSubmit={onSave} noValidate className="flex flex-col gap-4" aria-label={t("linesTitle")}>
        <FormError code={formError} />
        {unsaved.restored ? (
          <p role="status" className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
            {t("restoredUnsaved")}
          </p>
        ) : null}
        <p className="text-sm text-slate-700">{t("editHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="claimYear" label={t("claimYear")} error={errors.claimYear?.message} required>
            {(aria) => (
              // defaultValue too: register() fills the field only once hydrated, and the server's HTML showed it empty until then.
              <input {...aria} {...register("claimYear")} defaultValue={claim.claimYear ?? defaultClaimYear} inputMode="numeric" readOnly={!!claim.id} className={inputClass} />
            )}
          </FormField>
          <FormField id="onshoreUsd" label={t("onshoreUsd")} hint={t("onshoreHint")} error={errors.onshoreUsd?.message} required>
            {(aria) => <input {...aria} {...register("onshoreUsd")} defaultValue={claim.onshoreUsd} inputMode="decimal" className={inputClass} />}
          </FormField>
        </div>

        <h2 className="mt-2 text-lg font-semibold">{t("linesTitle")}</h2>
        {fields.length === 0 ? <p className="text-sm">{t("noLines")}</p> : null}
        {fields.map((field, index) => {
          const number = index + 1;
          const savedId = (field as { id?: string }).id;
          const prefix = `lines.${index}`;
          return (
            <fieldset key={field.fieldKey} className="rounded border border-slate-300 bg-white p-4" data-testid={`line-${number}`}>
              <legend className="px-1 font-medium">{t("lineTitle", { number })}</legend>
              <div className="grid gap-3 sm:grid-cols-2">
                <FormField id={`${prefix}.contractRegNo`} label={t("field.contractRegNo")} error={lineError(index, "contractRegNo")} required>
                  {(aria) => <input {...aria} {...register(`lines.${index}.contractRegNo`)} className={inputClass} />}
                </FormField>
                <FormField id={`${prefix}.clientName`} label={t("field.clientName")} error={lineError(index, "clientName")} required>
                  {(aria) => <input {...aria} {...register(`lines.${index}.clientName`)} className={inputClass} />}
                </FormField>
                <FormField id={`${prefix}.clientCountry`} label={t("field.clientCountry")} error={lineError(index, "clientCountry")} required>
                  {(aria) => (
                    <select {...aria} {...register(`lines.${index}.clientCountry`)} className={inputClass}>
                      <option value="">{t("chooseCountry")}</option>
                      {countries.map((country) => (
                        <option key={country.code} value={country.code}>
                          {country.name} ({country.code})
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField id={`${prefix}.serviceCategory`} label={t("field.serviceCategory")} error={lineError(index, "serviceCategory")} required>
                  {(aria) => (
                    <select {...aria} {...register(`lines.${index}.serviceCategory`)} className={inputClass}>
                      <option value="">{t("chooseCategory")}</option>
                      {SERVICE_CATEGORIES.map((category) => (
                        <option key={category} value={category}>
                          {tCategory(category)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField id={`${prefix}.contractValueUsd`} label={t("field.contractValueUsd")} hint={t("moneyHint")} error={lineError(index, "contractValueUsd")} required>
                  {(aria) => <input {...aria} {...register(`lines.${index}.contractValueUsd`)} inputMode="decimal" className={inputClass} />}
                </FormField>
                <FormField id={`${prefix}.executedUsd`} label={t("field.executedUsd")} hint={t("moneyHint")} error={lineError(index, "executedUsd")} required>
                  {(aria) => <input {...aria} {...register(`lines.${index}.executedUsd`)} inputMode="decimal" className={inputClass} />}
                </FormField>
                <FormField id={`${prefix}.fxReceiptDate`} label={t("field.fxReceiptDate")} error={lineError(index, "fxReceiptDate")} required>
                  {(aria) => <input {...aria} {...register(`lines.${index}.fxReceiptDate`)} type="date" className={inputClass} />}
                </FormField>
              </div>
              <div className="mt-3">
                <Button type="button" variant="secondary" onClick={() => remove(index)}>
                  {t("removeLine", { number })}
                </Button>
              </div>
              <div className="mt-3">{savedId && lineExtras[savedId] ? lineExtras[savedId] : <p className="text-sm text-slate-600">{t("evidence.saveFirst")}</p>}</div>
            </fieldset>
          );
        })}
        <div className="flex flex-wrap gap-3">
          <Button type="button" variant="secondary" onClick={() => append({ ...EMPTY_LINE })}>
            {t("addLine")}
          </Button>
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("saving") : t("saveDraft")}
          </Button>
        </div>
      </form>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <ClaimPreview control={control} grantedFenThisYear={grantedFenThisYear} />
      </div>
    </div>
  );
}
