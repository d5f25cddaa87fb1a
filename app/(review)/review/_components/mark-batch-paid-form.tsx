"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { useHydrated } from "@/components/use-hydrated";
import { markPaymentBatchPaidAction } from "../actions";

/**
 * Marking a batch paid is a confirmation step, not one click: it names what the bank was asked
 * to pay (item count and total) and asks for the bank's reference and value date from the
 * statement, which are stored on the batch.
 */
export function MarkBatchPaidForm({ batchId, batchNo, itemCount, totalText }: { batchId: string; batchNo: string; itemCount: number; totalText: string }) {
  const t = useTranslations("review.confirmPaid");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  // Disabled until hydrated: a click before React is there would do nothing.
  const hydrated = useHydrated();
  const defaults = { batchId, bankReference: "", valueDate: "" };
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/payment-batch").then((m) => m.markPaymentBatchPaidSchema), markPaymentBatchPaidAction, {
    defaultValues: defaults,
  });
  const errors = form.formState.errors;
  if (!open) {
    return (
      <Button type="button" disabled={!hydrated} onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
    );
  }
  return (
    <form
      noValidate
      aria-labelledby="confirm-paid-title"
      data-testid="confirm-paid"
      className="flex w-full max-w-xl flex-col gap-3 rounded border border-brand-700 bg-white p-4"
      onSubmit={submit(() => {
        setOpen(false);
        router.refresh();
      })}
    >
      <h2 id="confirm-paid-title" className="font-semibold">{t("title", { batchNo })}</h2>
      <p data-testid="confirm-paid-summary">{t("summary", { count: itemCount, total: totalText })}</p>
      <FormError code={formError} />
      <FormField id="bankReference" label={t("bankReference")} error={errors.bankReference?.message} required>
        {(aria) => <input {...aria} className={inputClass} autoComplete="off" {...form.register("bankReference")} />}
      </FormField>
      <FormField id="valueDate" label={t("valueDate")} error={errors.valueDate?.message} required>
        {(aria) => <input {...aria} type="date" className={inputClass} {...form.register("valueDate")} />}
      </FormField>
      <div className="flex gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("confirm")}</Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            form.reset(defaults);
            setOpen(false);
          }}
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
