import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { defaultDashboardYear } from "@/lib/dashboard/default-dashboard-year";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { DashboardView } from "./dashboard-view";

/** The bureau dashboard, shared by the reviewers' and the administrators' routes (each checks its own role first). */
export async function DashboardPageBody({ yearParam, basePath }: { yearParam: string | undefined; basePath: string }) {
  const t = await getTranslations("dashboard");
  const prisma = getPrisma();
  const year = await defaultDashboardYear(prisma, yearParam);
  // The page has checked the role; a staff member always has a city (the User_staff_city constraint).
  const user = await requireUser();
  const data = await getDashboard(prisma, year, user.cityId!);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title", { year })}</h1>
      <DashboardView data={data} basePath={basePath} />
    </>
  );
}
