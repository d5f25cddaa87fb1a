import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("portalName"), template: `%s · ${t("portalName")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900">
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        {/* Only the root namespaces here; route groups add theirs (lib/i18n/client-namespaces.ts). */}
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
