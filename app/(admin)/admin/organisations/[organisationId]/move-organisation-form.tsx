"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { MoveOrganisationInput } from "@/lib/schemas/move-organisation";
import type { MoveDestination } from "@/lib/organisations/move-destinations";
import { moveOrganisationAction } from "../actions";

/**
 * Moves the organisation to another city: the destination, one of its districts (the list follows
 * the chosen city), the address there and the reason kept with the closed registration.
 */
export function MoveOrganisationForm({ organisationId, destinations }: { organisationId: string; destinations: readonly MoveDestination[] }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const first = destinations[0];
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/move-organisation").then((m) => m.moveOrganisationSchema), moveOrganisationAction, {
    defaultValues: { organisationId, toCityId: first?.cityId ?? "", district: first?.districts[0]?.code ?? "", address: "", reason: "" } satisfies MoveOrganisationInput,
  });
  const { register, formState, watch, setValue } = form;
  const errors = formState.errors;
  const city = destinations.find((d) => d.cityId === watch("toCityId"));
  const cityField = register("toCityId");
  return (
    <form noValidate className="mt-3 flex flex-col gap-3" onSubmit={submit(() => router.refresh())} data-testid="move-organisation">
      <FormError code={formError} />
      <FormField id="move-city" label={t("moveToCity")} error={errors.toCityId?.message} required>
        {(aria) => (
          <select
            {...aria}
            {...cityField}
            className={inputClass}
            onChange={(event) => {
              void cityField.onChange(event);
              // The district list is the new city's: its first district until one is chosen.
              const next = destinations.find((d) => d.cityId === event.target.value);
              setValue("district", next?.districts[0]?.code ?? "");
            }}
          >
            {destinations.map((d) => (
              <option key={d.cityId} value={d.cityId}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="move-district" label={t("moveDistrict")} error={errors.district?.message} required>
        {(aria) => (
          <select {...aria} {...register("district")} className={inputClass}>
            {(city?.districts ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="move-address" label={t("moveAddress")} error={errors.address?.message} required>
        {(aria) => <input {...aria} {...register("address")} autoComplete="off" className={inputClass} />}
      </FormField>
      <FormField id="move-reason" label={t("moveReason")} hint={t("moveReasonHint")} error={errors.reason?.message} required>
        {(aria) => <textarea {...aria} rows={2} className={inputClass} {...register("reason")} />}
      </FormField>
      <div>
        <Button type="submit" variant="danger" disabled={formState.isSubmitting}>
          {t("moveSubmit")}
        </Button>
      </div>
    </form>
  );
}
