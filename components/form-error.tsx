"use client";

import { useTranslations } from "next-intl";

/** A whole-form error, announced; `code` is a key of the "errors" namespace. */
export function FormError({ code }: { code: string | null }) {
  const t = useTranslations("errors");
  if (!code) return null;
  return (
    <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
      {t.has(code) ? t(code) : t("unexpected")}
    </p>
  );
}
