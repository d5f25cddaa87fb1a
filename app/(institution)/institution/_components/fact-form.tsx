"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEventHandler, type ReactNode } from "react";
import { FormError } from "@/components/form-error";
import { FactRefusalMessage, type FactRefusal } from "./fact-refusal";

/**
 * What the training-record and contract forms share after a save: a refusal naming a claim is
 * shown and nothing else happens; an edit says "saved"; a new record clears the form.
 */
export function useFactFormOutcome(editing: boolean, reset: () => void) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<FactRefusal | null>(null);
  const [saved, setSaved] = useState(false);
  const afterSave = (data: { refusal: FactRefusal | null } | undefined) => {
    setRefusal(data?.refusal ?? null);
    if (data?.refusal) return;
    if (editing) setSaved(true);
    else reset();
    router.refresh();
  };
  return { refusal, saved, clearSaved: () => setSaved(false), afterSave };
}

/** The form element both fact forms use: the form error or refusal on top, then "saved" after an edit. */
export function FactFormFrame(props: {
  label: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  outcome: ReturnType<typeof useFactFormOutcome>;
  formError: string | null;
  children: ReactNode;
}) {
  const t = useTranslations("trainee");
  const { outcome } = props;
  return (
    <form onSubmit={props.onSubmit} noValidate className="mt-3 grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-2" aria-label={props.label} onChange={outcome.clearSaved}>
      <div className="sm:col-span-2"><FormError code={props.formError} /><FactRefusalMessage refusal={outcome.refusal} /></div>
      {outcome.saved ? <p role="status" className="text-green-800 sm:col-span-2">{t("saved")}</p> : null}
      {props.children}
    </form>
  );
}
