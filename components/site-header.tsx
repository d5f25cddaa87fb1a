import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { LOCALES, toLocale } from "@/lib/i18n/locales";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({ children }: { children?: ReactNode }) {
  const t = await getTranslations("common");
  const current = toLocale(await getLocale());
  const names = Object.fromEntries(LOCALES.map((locale) => [locale, t(`languageName.${locale}`)])) as Record<(typeof LOCALES)[number], string>;
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          {t("portalName")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {children}
          <LanguageSwitcher current={current} label={t("language")} names={names} />
        </div>
      </div>
    </header>
  );
}
