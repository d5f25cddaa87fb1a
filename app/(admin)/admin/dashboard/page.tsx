import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/components/review/dashboard-view";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { defaultDashboardYear } from "@/lib/dashboard/default-dashboard-year";
import { getDashboard } from "@/lib/dashboard/get-dashboard";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requireRole("ADMINISTRATOR");
  const t = await getTranslations("dashboard");
  const prisma = getPrisma();
  const year = await defaultDashboardYear(prisma, (await searchParams).year);
  const data = await getDashboard(prisma, year);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title", { year })}</h1>
      <DashboardView data={data} basePath="/admin/dashboard" />
    </>
  );
}
