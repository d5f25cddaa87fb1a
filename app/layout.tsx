import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { HydrationMarker } from "@/components/hydration-marker";
import { getDisplayCity } from "@/lib/cities/display-city";
import { localiseLetterhead } from "@/lib/cities/letterhead";
import { ClientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  const portalName = t("portalName", { city: localiseLetterhead(await getDisplayCity(), await getLocale()).name });
  return {
    title: { default: portalName, template: `%s · ${portalName}` },
    // Files in public/: the mark as SVG (with an .ico for browsers and tools that ask for /favicon.ico) and the web manifest.
    icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }, { url: "/favicon.ico", sizes: "16x16 32x32 48x48" }], apple: "/icon-192.png" },
    manifest: "/manifest.webmanifest",
  };
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
        <HydrationMarker />
      </body>
    </html>
  );
}
