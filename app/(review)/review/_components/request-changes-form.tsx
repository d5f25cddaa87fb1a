"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { requestChangesAction } from "../actions";

/** Request changes: a comment for the whole claim and/or one per line; the applicant sees each next to its line. */
export function RequestChangesForm({
  kind,
  claimId,
  version,
  lines,
}: {
  kind: "OFFSHORE" | "TRAINING";
  claimId: string;
  version: number;
  lines: Array<{ id: string; label: string }>;
}) {
  const t = useTranslations("review");
  const router = useRouter();
  const { form, formError, submit } = useActionForm(() => import("@/lib/review/review-schemas").then((m) => m.requestChangesSchema), requestChangesAction, {
    defaultValues: { kind, claimId, version, reason: "", lineComments: lines.map((l) => ({ lineId: l.id, text: "" })) },
  });
  const errors = form.formState.errors;
  return (
    <form noValidate className="flex flex-col gap-3" onSubmit={submit(() => router.refresh())}>
      <FormError code={formError} />
      <FormField id="changes-reason" label={t("changesReason")} error={errors.reason?.message} hint={t("changesHint")}>
        {(aria) => <textarea {...aria} rows={2} className={inputClass} {...form.register("reason")} />}
      </FormField>
      {lines.map((line, index) => (
        <FormField key={line.id} id={`line-comment-${index}`} label={t("lineComment", { line: line.label })} error={errors.lineComments?.[index]?.text?.message}>
          {(aria) => <textarea {...aria} rows={1} className={inputClass} {...form.register(`lineComments.${index}.text` as const)} />}
        </FormField>
      ))}
      <div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t("requestChanges")}
        </Button>
      </div>
    </form>
  );
}
