"use client";

import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("common");
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
      {t("print")}
    </button>
  );
}
