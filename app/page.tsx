import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PublicPage } from "@/components/public-page";
import { getCurrentUser, homePathFor } from "@/lib/auth/current-user";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user.role));
  const t = await getTranslations("home");
  return (
    <PublicPage>
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("intro")}</p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>{t("ruleA")}</li>
        <li>{t("ruleB")}</li>
      </ul>
      <div className="mt-8 flex gap-4">
        <Link href="/login" className="rounded bg-brand-700 px-5 py-2 text-white">
          {t("signIn")}
        </Link>
        <Link href="/signup" className="rounded border border-brand-700 px-5 py-2 text-brand-700">
          {t("signUp")}
        </Link>
      </div>
      {/* Before registering, an enterprise can see whether and how much it would qualify. */}
      <p className="mt-6 flex gap-4">
        <Link href="/calculator" className="text-brand-700 underline" data-testid="home-calculator-link">
          {t("calculator")}
        </Link>
        <Link href="/developers" className="text-brand-700 underline">
          {t("developers")}
        </Link>
      </p>
    </PublicPage>
  );
}
