"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { deleteOffshoreEvidenceAction, uploadOffshoreEvidenceAction } from "@/app/(enterprise)/enterprise/claims/actions";
import { missingEvidenceKinds } from "@/lib/claim-submission/missing-line-evidence";
import { useMissingLineMessage, useRefusedLines } from "./missing-evidence";

export interface EvidenceItem {
  id: string;
  /** A line's evidence is a contract or a receipt; the other kinds only complete the database's enum. */
  kind: "OFFSHORE_CONTRACT" | "FX_RECEIPT" | "EMPLOYMENT_CONTRACT" | "BUSINESS_LICENCE";
  sizeBytes: number;
}

/**
 * A line's evidence: download links, and while the claim is editable, upload and delete. It sits
 * inside the claim form, so it is a group with its own button rather than a nested form.
 * While editable it also says what the line still lacks before submission (the rule the
 * submission applies), and, after a submission refused for it, the server's refusal for this line.
 * An upload or deletion updates this list only: refreshing the whole page for it took seconds on a
 * claim of 60 contracts (every line's fields re-rendered), once per file.
 */
export function LineEvidence({ lineId, lineNumber, items, editable }: { lineId: string; lineNumber: number; items: EvidenceItem[]; editable: boolean }) {
  const t = useTranslations("offshoreClaim.evidence");
  const refused = useRefusedLines();
  const message = useMissingLineMessage();
  const refusal = refused.byLine.get(lineId);
  // The list as the server last sent it, with this panel's own uploads and deletions since.
  const [shown, setShown] = useState(items);
  const [sentItems, setSentItems] = useState(items);
  if (items !== sentItems) {
    setSentItems(items);
    setShown(items);
  }
  const missing = missingEvidenceKinds(shown);
  const id = useId();
  const kindRef = useRef<HTMLSelectElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload() {
    const data = new FormData();
    data.set("lineId", lineId);
    data.set("kind", kindRef.current?.value ?? "");
    const file = fileRef.current?.files?.[0];
    if (file) data.set("file", file);
    setBusy(true);
    setFieldError(undefined);
    setFormError(null);
    const result = await uploadOffshoreEvidenceAction(data);
    setBusy(false);
    if (result.ok) {
      if (fileRef.current) fileRef.current.value = "";
      const added = result.data;
      setShown((current) => [...current, added]);
      refused.forget(lineId);
      return;
    }
    setFieldError(result.fieldErrors?.file ?? result.fieldErrors?.kind);
    setFormError(result.formError ?? null);
  }

  async function remove(evidenceId: string) {
    const result = await deleteOffshoreEvidenceAction({ evidenceId });
    if (!result.ok) return setFormError(result.formError ?? "unexpected");
    setShown((current) => current.filter((item) => item.id !== evidenceId));
    refused.forget(lineId);
  }

  return (
    <section aria-label={`${t("title")} ${lineNumber}`} className="rounded bg-slate-50 p-3" data-testid={`evidence-${lineNumber}`}>
      <h3 className="text-sm font-semibold">{t("title")}</h3>
      {shown.length === 0 ? <p className="text-sm">{t("none")}</p> : null}
      {editable && refusal ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700" data-testid="evidence-missing">
          {message.line(refusal)}
        </p>
      ) : editable && missing.length > 0 ? (
        <p className="mt-1 text-sm text-amber-800" data-testid="evidence-missing">
          {t("missingHint", { kinds: message.kinds(missing) })}
        </p>
      ) : null}
      <ul className="mt-1 flex flex-col gap-1 text-sm">
        {shown.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center gap-3" data-testid="evidence-item">
            <span>{item.kind === "OFFSHORE_CONTRACT" || item.kind === "FX_RECEIPT" ? t(item.kind) : item.kind}</span>
            <span className="text-slate-600">{t("size", { size: Math.max(1, Math.round(item.sizeBytes / 1024)) })}</span>
            <a href={`/api/evidence/${item.id}`} className="text-brand-700 underline">
              {t("download")}
            </a>
            {editable ? (
              <button type="button" className="text-red-700 underline" onClick={() => remove(item.id)}>
                {t("delete")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div role="group" aria-label={t("upload")} className="mt-2 flex flex-col gap-2">
          <FormError code={formError} />
          <div className="flex flex-wrap items-end gap-3">
            <FormField id={`${id}-kind`} label={t("kind")}>
              {(aria) => (
                <select {...aria} ref={kindRef} className={inputClass} defaultValue="OFFSHORE_CONTRACT">
                  <option value="OFFSHORE_CONTRACT">{t("OFFSHORE_CONTRACT")}</option>
                  <option value="FX_RECEIPT">{t("FX_RECEIPT")}</option>
                </select>
              )}
            </FormField>
            <FormField id={`${id}-file`} label={t("file", { number: lineNumber })} error={fieldError}>
              {(aria) => <input {...aria} ref={fileRef} type="file" accept="application/pdf,image/jpeg,image/png" className="text-sm" />}
            </FormField>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => void upload()}>
              {busy ? t("uploading") : t("upload")}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
