import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PublicPage } from "@/components/public-page";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("loginTitle") };
}

export default async function LoginPage() {
  const t = await getTranslations("auth");
  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold">{t("loginTitle")}</h1>
      <LoginForm />
      <p className="mt-6 text-sm">
        {t("noAccount")}{" "}
        <Link href="/signup" className="text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </PublicPage>
  );
}
