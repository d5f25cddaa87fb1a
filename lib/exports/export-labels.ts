import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";
import { CHINA_TIME_ZONE } from "./china-time";

/** The reader's language for one export: header labels, code labels and sentences. */
export interface ExportLabels {
  locale: Locale;
  t(key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/**
 * Messages of the reader's locale (the one the pages use: the request's, lib/i18n/request.ts),
 * addressed by full keys ("claimStatus.SUBMITTED"), as the mails do (render-email.ts): column
 * definitions name their labels as data, so the untyped form of the translator is used.
 */
export function exportLabels(locale: Locale): ExportLabels {
  const translator = createTranslator({ locale, messages: loadMessages(locale), timeZone: CHINA_TIME_ZONE });
  const t = translator as unknown as ((key: string, values?: Record<string, string | number>) => string) & { has(key: string): boolean };
  return { locale, t: (key, values) => t(key, values), has: (key) => t.has(key) };
}
