"use client";

import { useTranslations } from "next-intl";

/** Shown for unexpected server errors: a reference the user can quote, never internals. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-semibold">{t("serverErrorTitle")}</h1>
      <p className="mt-3">{t("serverErrorBody")}</p>
      {error.digest ? <p className="mt-2 text-sm text-slate-600">{t("reference", { digest: error.digest })}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </main>
  );
}
