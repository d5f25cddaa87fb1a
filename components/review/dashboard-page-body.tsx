import { getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/db";
import { defaultDashboardYear } from "@/lib/dashboard/default-dashboard-year";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { DashboardView } from "./dashboard-view";

/** The city's bureau dashboard, shared by the reviewers' and the administrators' routes (each checks its own role and passes its city). */
export async function DashboardPageBody({ cityId, yearParam, basePath }: { cityId: string; yearParam: string | undefined; basePath: string }) {
  const t = await getTranslations("dashboard");
  const prisma = getPrisma();
  const year = await defaultDashboardYear(prisma, cityId, yearParam);
  const data = await getDashboard(prisma, year, cityId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title", { year })}</h1>
      <DashboardView data={data} basePath={basePath} />
    </>
  );
}
