"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { rejectClaimSchema } from "@/lib/review/review-schemas";
import { recordObjectionSchema, resolveObjectionSchema } from "@/lib/schemas/notice-objection";
import { paymentItemReasonSchema } from "@/lib/schemas/payment-item";
import {
  clawBackPaymentAction,
  markPaymentItemFailedAction,
  recordObjectionAction,
  rejectClaimAction,
  resolveObjectionAction,
} from "../actions";

type Variant = "reject" | "objection" | "uphold" | "dismiss" | "itemFailed" | "clawBack";

// Each variant: the schema the server parses, the action, and the name of its text field.
const VARIANTS = {
  reject: { schema: rejectClaimSchema, action: rejectClaimAction, field: "reason" },
  objection: { schema: recordObjectionSchema, action: recordObjectionAction, field: "objection" },
  uphold: { schema: resolveObjectionSchema, action: resolveObjectionAction, field: "note" },
  dismiss: { schema: resolveObjectionSchema, action: resolveObjectionAction, field: "note" },
  itemFailed: { schema: paymentItemReasonSchema, action: markPaymentItemFailedAction, field: "reason" },
  clawBack: { schema: paymentItemReasonSchema, action: clawBackPaymentAction, field: "reason" },
} as const;

/** A short form with one reason text and fixed hidden inputs (claim, item), for every decision that needs a reason. */
export function ReasonForm({ variant, fixed, id }: { variant: Variant; fixed: Record<string, string | number>; id: string }) {
  const t = useTranslations("review");
  const router = useRouter();
  const { schema, action, field } = VARIANTS[variant];
  const { form, formError, submit } = useActionForm(
    schema as unknown as z.core.$ZodType<Record<string, unknown>, Record<string, unknown>>,
    action as unknown as (input: Record<string, unknown>) => Promise<{ ok: true; data: undefined } | { ok: false; formError?: string; fieldErrors?: Record<string, string> }>,
    { defaultValues: { ...fixed, [field]: "" } },
  );
  const error = form.formState.errors[field]?.message as string | undefined;
  return (
    <form
      noValidate
      className="flex flex-col gap-2"
      onSubmit={submit(() => {
        form.reset({ ...fixed, [field]: "" });
        router.refresh();
      })}
    >
      <FormError code={formError} />
      <FormField id={id} label={t(`reasonLabel.${variant}`)} error={error} required>
        {(aria) => <textarea {...aria} rows={2} className={inputClass} {...form.register(field)} />}
      </FormField>
      <div>
        <Button type="submit" variant={variant === "dismiss" ? "secondary" : variant === "objection" ? "secondary" : "danger"} disabled={form.formState.isSubmitting}>
          {t(`reasonSubmit.${variant}`)}
        </Button>
      </div>
    </form>
  );
}
