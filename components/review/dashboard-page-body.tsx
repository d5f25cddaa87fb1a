import { getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/db";
import { defaultDashboardYear } from "@/lib/dashboard/default-dashboard-year";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { DashboardView } from "./dashboard-view";

/** The bureau dashboard, shared by the reviewers' and the administrators' routes (each checks its own role first). */
export async function DashboardPageBody({ yearParam, basePath }: { yearParam: string | undefined; basePath: string }) {
  const t = await getTranslations("dashboard");
  const prisma = getPrisma();
  const year = await defaultDashboardYear(prisma, yearParam);
  const data = await getDashboard(prisma, year);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title", { year })}</h1>
      <DashboardView data={data} basePath={basePath} />
    </>
  );
}
