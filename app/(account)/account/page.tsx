import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { getMailPreferences } from "@/lib/notifications/get-mail-preferences";
import { MANDATORY_MAIL_KINDS, OPTIONAL_MAIL_KINDS } from "@/lib/notifications/notification-kinds";
import { MailPreferencesForm } from "./mail-preferences-form";
import { PasswordChangeForm } from "./password-change-form";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("account");
  const muted = await getMailPreferences(getPrisma(), user.id);
  return (
    <AppShell user={user}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("signedInAs", { email: user.email })}</p>
      <h2 className="mt-6 text-lg font-semibold">{t("changePassword")}</h2>
      <PasswordChangeForm />
      <section id="mail-settings" aria-labelledby="mail-settings-title" className="mt-8">
        <h2 id="mail-settings-title" className="text-lg font-semibold">
          {t("mail.title")}
        </h2>
        <p className="mt-2">{t("mail.intro")}</p>
        <MailPreferencesForm optionalKinds={OPTIONAL_MAIL_KINDS} muted={muted} />
        <h3 className="mt-6 font-semibold">{t("mail.mandatory")}</h3>
        <p className="mt-1">{t("mail.mandatoryExplained")}</p>
        <ul className="mt-2 list-disc pl-6" data-testid="mandatory-mail-kinds">
          {[...MANDATORY_MAIL_KINDS].map((kind) => (
            <li key={kind}>{t(`mail.kind.${kind}` as never)}</li>
          ))}
        </ul>
      </section>
    </AppShell>
  );
}
