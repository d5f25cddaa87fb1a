"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { FactRefusalMessage, type FactRefusal } from "./fact-refusal";

/** Delete in two steps (ask, then confirm) without a browser dialog; a refusal names the claim that holds the record. */
export function DeleteFactButton<I>({
  input,
  action,
  label,
}: {
  input: I;
  action: (input: I) => Promise<ActionResult<{ refusal: FactRefusal | null }>>;
  label: string;
}) {
  const t = useTranslations("trainee");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FactRefusal | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const onConfirm = async () => {
    setBusy(true);
    const result = await action(input);
    setBusy(false);
    setAsking(false);
    setRefusal(result.ok ? result.data.refusal : null);
    setFormError(result.ok ? null : (result.formError ?? "unexpected"));
    if (result.ok && !result.data.refusal) router.refresh();
  };
  return (
    <div className="mt-2 flex flex-col gap-2">
      <FactRefusalMessage refusal={refusal} />
      <FormError code={formError} />
      {asking ? (
        <div className="flex flex-wrap items-center gap-2">
          <span>{t("deleteAsk")}</span>
          <Button type="button" variant="danger" onClick={onConfirm} disabled={busy} aria-label={`${t("deleteConfirm")}: ${label}`}>{t("deleteConfirm")}</Button>
          <Button type="button" variant="secondary" onClick={() => setAsking(false)}>{t("cancel")}</Button>
        </div>
      ) : (
        <div><Button type="button" variant="secondary" onClick={() => setAsking(true)} aria-label={`${t("delete")}: ${label}`}>{t("delete")}</Button></div>
      )}
    </div>
  );
}
