"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import type { EmploymentDecisionInput } from "@/lib/schemas/employment-contract";

/** Confirm in one click; a dispute opens a reason field first. */
export function EmploymentDecisionForm({
  contractId,
  traineeName,
  action,
}: {
  contractId: string;
  traineeName: string;
  action: (input: EmploymentDecisionInput) => Promise<ActionResult<undefined>>;
}) {
  const t = useTranslations("employment");
  const router = useRouter();
  const [disputing, setDisputing] = useState(false);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/employment-contract").then((m) => m.employmentDecisionSchema), action, { defaultValues: { contractId, decision: "CONFIRM" } });
  const onSubmit = submit(() => {
    setDisputing(false);
    router.refresh();
  });
  const send = (decision: "CONFIRM" | "DISPUTE") => {
    form.setValue("decision", decision);
    void onSubmit();
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="flex flex-col gap-2">
      <FormError code={formError} />
      {disputing ? (
        <>
          <FormField id={`reason-${contractId}`} label={t("reason")} error={form.formState.errors.reason?.message} required>
            {(aria) => <textarea {...aria} {...form.register("reason")} rows={2} className={inputClass} />}
          </FormField>
          <div className="flex gap-2">
            <Button type="button" variant="danger" onClick={() => send("DISPUTE")} disabled={form.formState.isSubmitting}>{t("sendDispute")}</Button>
            <Button type="button" variant="secondary" onClick={() => setDisputing(false)}>{t("cancel")}</Button>
          </div>
        </>
      ) : (
        <div className="flex gap-2">
          <Button type="button" onClick={() => send("CONFIRM")} disabled={form.formState.isSubmitting} aria-label={`${t("confirm")}: ${traineeName}`}>{t("confirm")}</Button>
          <Button type="button" variant="secondary" onClick={() => setDisputing(true)} aria-label={`${t("dispute")}: ${traineeName}`}>{t("dispute")}</Button>
        </div>
      )}
    </form>
  );
}
