import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { PasswordChangeForm } from "./password-change-form";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("account");
  return (
    <AppShell user={user}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("signedInAs", { email: user.email })}</p>
      <h2 className="mt-6 text-lg font-semibold">{t("changePassword")}</h2>
      <PasswordChangeForm />
    </AppShell>
  );
}
