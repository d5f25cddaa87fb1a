import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PublicPage } from "@/components/public-page";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-3">{t("forbiddenBody")}</p>
      <Link href="/home" className="mt-6 inline-block text-brand-700 underline">
        {t("backHome")}
      </Link>
    </PublicPage>
  );
}
