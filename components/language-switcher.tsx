"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/app/actions/set-locale";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * The language buttons. Labels come translated from the server (components/site-header.tsx):
 * the switcher is on every page, and without client-side messages a page with no form needs
 * no next-intl code in the browser.
 */
export function LanguageSwitcher({ current, label, names }: { current: Locale; label: string; names: Record<Locale, string> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={label} className="flex gap-1 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          disabled={pending}
          aria-pressed={current === locale}
          onClick={() =>
            startTransition(async () => {
              await setLocale(locale);
              router.refresh();
            })
          }
          className="rounded px-2 py-1 text-white aria-pressed:bg-white aria-pressed:text-brand-800"
        >
          {names[locale]}
        </button>
      ))}
    </div>
  );
}
