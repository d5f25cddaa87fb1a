import { getLocale, getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/db";
import { toLocale } from "@/lib/i18n/locales";
import { signUpDistrictChoices } from "@/lib/organisations/district-choices";
import Link from "next/link";
import { connection } from "next/server";
import { PublicPage } from "@/components/public-page";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata() {
  const t = await getTranslations("signup");
  return { title: t("title") };
}

export default async function SignUpPage() {
  await connection(); // the served cities are read at request time, never at build
  const t = await getTranslations("signup");
  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <SignUpForm districtGroups={await signUpDistrictChoices(getPrisma(), toLocale(await getLocale()))} />
      <p className="mt-6 text-sm">
        {t("haveAccount")}{" "}
        <Link href="/login" className="text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </PublicPage>
  );
}
