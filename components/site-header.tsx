import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { getDisplayCity } from "@/lib/cities/display-city";
import { findCityLetterhead, localiseLetterhead } from "@/lib/cities/letterhead";
import { getPrisma } from "@/lib/db";
import { LOCALES, toLocale } from "@/lib/i18n/locales";
import { LanguageSwitcher } from "./language-switcher";

/** The portal's name in the city's words; `cityId` for a public page about one city (its notice), else the request's city. */
export async function SiteHeader({ children, cityId }: { children?: ReactNode; cityId?: string }) {
  const t = await getTranslations("common");
  const current = toLocale(await getLocale());
  const city = localiseLetterhead(cityId ? await findCityLetterhead(getPrisma(), cityId) : await getDisplayCity(), current);
  const names = Object.fromEntries(LOCALES.map((locale) => [locale, t(`languageName.${locale}`)])) as Record<(typeof LOCALES)[number], string>;
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          {t("portalName", { city: city.name })}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {children}
          <LanguageSwitcher current={current} label={t("language")} names={names} />
        </div>
      </div>
    </header>
  );
}
