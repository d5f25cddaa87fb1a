"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm, type SchemaLoader } from "@/components/use-action-form";
import {
  clawBackPaymentAction,
  dismissPublicObjectionAction,
  markPaymentItemFailedAction,
  recordObjectionAction,
  rejectClaimAction,
  resolveObjectionAction,
} from "../actions";

type Variant = "reject" | "objection" | "uphold" | "dismiss" | "itemFailed" | "clawBack" | "holdOnPublic" | "dismissPublic";

// Each variant: the schema the server parses (loaded when first needed), the action, and the name of its text field.
const VARIANTS = {
  reject: { schema: () => import("@/lib/review/review-schemas").then((m) => m.rejectClaimSchema), action: rejectClaimAction, field: "reason" },
  objection: { schema: () => import("@/lib/schemas/notice-objection").then((m) => m.recordObjectionSchema), action: recordObjectionAction, field: "objection" },
  uphold: { schema: () => import("@/lib/schemas/notice-objection").then((m) => m.resolveObjectionSchema), action: resolveObjectionAction, field: "note" },
  dismiss: { schema: () => import("@/lib/schemas/notice-objection").then((m) => m.resolveObjectionSchema), action: resolveObjectionAction, field: "note" },
  // A public objection: hold the item on it (the record-objection flow, with its id) or dismiss it.
  holdOnPublic: { schema: () => import("@/lib/schemas/notice-objection").then((m) => m.recordObjectionSchema), action: recordObjectionAction, field: "objection" },
  dismissPublic: { schema: () => import("@/lib/schemas/notice-objection").then((m) => m.dismissPublicObjectionSchema), action: dismissPublicObjectionAction, field: "reason" },
  itemFailed: { schema: () => import("@/lib/schemas/payment-item").then((m) => m.paymentItemReasonSchema), action: markPaymentItemFailedAction, field: "reason" },
  clawBack: { schema: () => import("@/lib/schemas/payment-item").then((m) => m.paymentItemReasonSchema), action: clawBackPaymentAction, field: "reason" },
} as const;

/** A short form with one reason text and fixed hidden inputs (claim, item), for every decision that needs a reason. */
export function ReasonForm({ variant, fixed, id, initial = "" }: { variant: Variant; fixed: Record<string, string | number>; id: string; initial?: string }) {
  const t = useTranslations("review");
  const router = useRouter();
  const { schema, action, field } = VARIANTS[variant];
  const { form, formError, submit } = useActionForm(
    schema as unknown as SchemaLoader<z.core.$ZodType<Record<string, unknown>, Record<string, unknown>>>,
    action as unknown as (input: Record<string, unknown>) => Promise<{ ok: true; data: undefined } | { ok: false; formError?: string; fieldErrors?: Record<string, string> }>,
    { defaultValues: { ...fixed, [field]: initial } },
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
        <Button type="submit" variant={variant === "dismiss" || variant === "objection" || variant === "dismissPublic" ? "secondary" : "danger"} disabled={form.formState.isSubmitting}>
          {t(`reasonSubmit.${variant}`)}
        </Button>
      </div>
    </form>
  );
}
