import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";

export default async function AdminOverviewPage() {
  await requireRole("ADMINISTRATOR");
  const t = await getTranslations("admin");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("overviewTitle")}</h1>
      <p className="mt-3 max-w-2xl">{t("overviewIntro")}</p>
    </>
  );
}
