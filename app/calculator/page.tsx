import { DEFAULT_CITY_SLUG } from "@/lib/api/resolve-city";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PublicPage } from "@/components/public-page";
import { getPrisma } from "@/lib/db";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { Calculator } from "./_components/calculator";

/**
 * The public calculator (issue 21): anyone enters the facts of rule A or of one trainee under
 * rule B and sees the result condition by condition, under the version in force or a chosen
 * published one. The evaluation runs in the browser (lib/eligibility); the server only sends the
 * published versions, the same ones the API lists.
 */
export default async function CalculatorPage() {
  await connection();
  const t = await getTranslations("calculator");
  // The default city's versions, as the un-prefixed API the form calls answers for it (a city in the path is issue 22, slice 4).
  const versions = await loadPolicyVersions(getPrisma(), DEFAULT_CITY_SLUG);
  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm">{t("intro")}</p>
      <Calculator versions={versions} />
      <p className="mt-6 text-sm">
        <Link href="/developers" className="text-brand-700 underline">{t("developers")}</Link>
      </p>
    </PublicPage>
  );
}
