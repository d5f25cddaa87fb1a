"use client";

import { useTranslations } from "next-intl";

export interface FactRefusal {
  code: string;
  params: Record<string, string | number>;
}

/** Why an edit or deletion of a training record or contract was refused, naming the claim (the institution's own). */
export function FactRefusalMessage({ refusal }: { refusal: FactRefusal | null }) {
  const t = useTranslations("trainee");
  if (!refusal) return null;
  const key = `refusal.${refusal.code}`;
  return (
    <p role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-800">
      {t.has(key) ? t(key, { claimNo: String(refusal.params.claimNo ?? "") }) : t("refusal.unexpected")}
    </p>
  );
}
