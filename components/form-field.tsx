"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { splitMessage } from "@/lib/schemas/message-values";

interface FormFieldProps {
  id: string;
  label: string;
  /** A key of the "validation" namespace, as returned by the zod schema or the server (with its values: lib/schemas/message-values.ts). */
  error?: string;
  hint?: string;
  required?: boolean;
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string; "aria-required"?: boolean }) => ReactNode;
}

/** Label, control and its error, linked for screen readers; the error is announced when it appears. */
export function FormField({ id, label, error, hint, required, children }: FormFieldProps) {
  const t = useTranslations("validation");
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const message = error ? splitMessage(error) : null;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      {children({ id, "aria-invalid": !!error, "aria-describedby": describedBy, "aria-required": required || undefined })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {t.has(message.key) ? t(message.key, message.values) : t("invalid")}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "rounded border border-slate-400 px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 bg-white";
