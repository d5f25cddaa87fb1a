"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";

/** Remembers the chosen language for a year. Not personal data; readable by the page. */
export async function setLocale(value: unknown): Promise<void> {
  const locale = toLocale(typeof value === "string" ? value : null);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
