"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import type { CreateTrainingClaimInput, SubmitTrainingClaimInput } from "@/lib/schemas/training-claim";

interface Refusal {
  code: string;
  params: Record<string, string | number>;
}

function RefusalMessage({ refusal, formError }: { refusal: Refusal | null; formError: string | null }) {
  const t = useTranslations("errors");
  if (refusal) {
    const params = Object.fromEntries(Object.entries(refusal.params).filter(([k]) => k === "claimNo"));
    return <p role="alert" className="text-sm text-red-800">{t.has(refusal.code) ? t(refusal.code, params) : t("unexpected")}</p>;
  }
  return <FormError code={formError} />;
}

export function CreateClaimForm({ action, defaultYear }: { action: (input: CreateTrainingClaimInput) => Promise<ActionResult<{ claimId: string }>>; defaultYear: number }) {
  const t = useTranslations("institution");
  const router = useRouter();
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/training-claim").then((m) => m.createTrainingClaimSchema), action, { defaultValues: { claimYear: defaultYear } });
  const onSubmit = submit(({ claimId }) => router.push(`/institution/claims/${claimId}`));
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-wrap items-end gap-3" aria-label={t("newClaim")}>
      <FormError code={formError} />
      <FormField id="claimYear" label={t("claimYear")} error={form.formState.errors.claimYear?.message} required>
        {(aria) => <input {...aria} {...form.register("claimYear")} inputMode="numeric" className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("createClaim")}</Button>
    </form>
  );
}

type LineAction = (input: { claimId: string; version: number; traineeId: string }) => Promise<ActionResult<{ refusal: Refusal | null }>>;

export function AddLineButton({ claimId, version, traineeId, action, label }: { claimId: string; version: number; traineeId: string; action: LineAction; label: string }) {
  const t = useTranslations("trainingClaim");
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    const result = await action({ claimId, version, traineeId });
    setBusy(false);
    setRefusal(result.ok ? result.data.refusal : null);
    setFormError(result.ok ? null : result.formError ?? "unexpected");
    if (result.ok && !result.data.refusal) router.refresh();
  };
  return (
    <div>
      <Button type="button" variant="secondary" onClick={onClick} disabled={busy} aria-label={`${t("add")}: ${label}`}>{t("add")}</Button>
      <RefusalMessage refusal={refusal} formError={formError} />
    </div>
  );
}

export function RemoveLineButton({
  claimId,
  version,
  lineId,
  action,
  label,
}: {
  claimId: string;
  version: number;
  lineId: string;
  action: (input: { claimId: string; version: number; lineId: string }) => Promise<ActionResult<undefined>>;
  label: string;
}) {
  const t = useTranslations("trainingClaim");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const onClick = async () => {
    const result = await action({ claimId, version, lineId });
    if (result.ok) router.refresh();
    else setFormError(result.formError ?? "unexpected");
  };
  return (
    <>
      <Button type="button" variant="secondary" onClick={onClick} aria-label={`${t("remove")}: ${label}`}>{t("remove")}</Button>
      <FormError code={formError} />
    </>
  );
}

export function SubmitClaimForm({
  claimId,
  version,
  action,
}: {
  claimId: string;
  version: number;
  action: (input: SubmitTrainingClaimInput) => Promise<ActionResult<{ refusal: Refusal | null }>>;
}) {
  const t = useTranslations("trainingClaim");
  const router = useRouter();
  // Made once per page load: a double click or a retry sends the same key.
  const [submissionKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/training-claim").then((m) => m.submitTrainingClaimSchema), action, {
    defaultValues: { claimId, version, submissionKey, declaration: false as unknown as true },
  });
  const onSubmit = submit((data) => {
    setRefusal(data.refusal);
    if (!data.refusal) router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-3">
      <RefusalMessage refusal={refusal} formError={formError} />
      <FormField id="declaration" label="" error={form.formState.errors.declaration?.message}>
        {(aria) => (
          <label className="flex items-center gap-2">
            <input {...aria} type="checkbox" {...form.register("declaration")} /> {t("declaration")}
          </label>
        )}
      </FormField>
      <div><Button type="submit" disabled={form.formState.isSubmitting}>{t("submit")}</Button></div>
    </form>
  );
}

export function WithdrawClaimButton({
  claimId,
  version,
  action,
}: {
  claimId: string;
  version: number;
  action: (input: { claimId: string; version: number }) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("trainingClaim");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const onClick = async () => {
    const result = await action({ claimId, version });
    if (result.ok) router.refresh();
    else setFormError(result.formError ?? "unexpected");
  };
  return (
    <div className="mt-3">
      <FormError code={formError} />
      <Button type="button" variant="danger" onClick={onClick}>{t("withdraw")}</Button>
    </div>
  );
}
