import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/load-messages";
import { toLocale } from "@/lib/i18n/locales";

export interface RenderedEmail {
  subject: string;
  text: string;
}

type Translate = (key: string, params?: Record<string, string>) => string;

/** Subject and body of a template from messages/<locale>/email.json, in the recipient's language. */
export function renderEmail(template: string, params: Record<string, string>, locale: string): RenderedEmail {
  const resolved = toLocale(locale);
  const translator = createTranslator({ locale: resolved, messages: loadMessages(resolved), namespace: "email" });
  // Template keys are data here (they arrive in a queued job), so use the untyped form.
  const t = translator as unknown as Translate & { has(key: string): boolean };
  if (!t.has(`${template}.subject`)) throw new Error(`Unknown e-mail template "${template}"`);
  return {
    subject: t(`${template}.subject`, params),
    text: `${t(`${template}.body`, params)}\n\n${t("signature")}`,
  };
}
