import { createTranslator } from "next-intl";
import { localiseLetterhead, type LetterheadRow } from "@/lib/cities/letterhead";
import { loadMessages } from "@/lib/i18n/load-messages";
import { toLocale } from "@/lib/i18n/locales";
import { isMailMandatory } from "@/lib/notifications/notification-kinds";

export interface RenderedEmail {
  subject: string;
  text: string;
}

type Translate = (key: string, params?: Record<string, string>) => string;

/** Where a person turns kinds of mail off (the account page's mail section), on the configured public address. */
export function mailSettingsUrl(env: Record<string, string | undefined> = process.env): string {
  const origin = (env.NEXTAUTH_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, "");
  return `${origin}/account#mail-settings`;
}

/**
 * Subject and body of a template from messages/<locale>/email.json, in the recipient's language.
 * Every mail ends by saying why it was sent (email.why.<template>); a notification mail also says
 * whether it can be turned off and links to the setting (mandatory kinds, and kinds without a
 * setting, in lib/notifications/notification-kinds.ts). The invitation goes to someone without an
 * account yet: it gives its reason only. The city's bureau signs it, and the texts that name the
 * portal or the bureau take `{portal}` and `{bureau}` from the city, not from the job.
 */
export function renderEmail(
  template: string,
  jobParams: Record<string, string>,
  locale: string,
  city: LetterheadRow,
  env: Record<string, string | undefined> = process.env,
): RenderedEmail {
  const resolved = toLocale(locale);
  const messages = loadMessages(resolved);
  const letterhead = localiseLetterhead(city, resolved);
  const portal = (createTranslator({ locale: resolved, messages, namespace: "common" }) as unknown as Translate)("portalName", { city: letterhead.name });
  const params = { ...jobParams, portal, bureau: letterhead.bureauName };
  const translator = createTranslator({ locale: resolved, messages, namespace: "email" });
  // Template keys are data here (they arrive in a queued job), so use the untyped form.
  const t = translator as unknown as Translate & { has(key: string): boolean };
  if (!t.has(`${template}.subject`)) throw new Error(`Unknown e-mail template "${template}"`);
  const footer: string[] = [];
  const notification = template !== "invitation";
  // A kind added without its own reason (e.g. by another feature) still says why, in general terms.
  if (t.has(`why.${template}`)) footer.push(t(`why.${template}`, params));
  else if (notification) footer.push(t("why.default"));
  if (notification) {
    footer.push(t(isMailMandatory(template) ? "footer.mandatory" : "footer.optional", { settingsUrl: mailSettingsUrl(env) }));
  }
  return {
    subject: t(`${template}.subject`, params),
    text: [t(`${template}.body`, params), footer.join("\n"), t("signature", params)].filter(Boolean).join("\n\n"),
  };
}
