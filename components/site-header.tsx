import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({ children }: { children?: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          {t("portalName")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {children}
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
