import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PublicPage } from "@/components/public-page";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata() {
  const t = await getTranslations("signup");
  return { title: t("title") };
}

export default async function SignUpPage() {
  const t = await getTranslations("signup");
  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <SignUpForm />
      <p className="mt-6 text-sm">
        {t("haveAccount")}{" "}
        <Link href="/login" className="text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </PublicPage>
  );
}
