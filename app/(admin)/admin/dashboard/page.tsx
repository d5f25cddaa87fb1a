import { DashboardPageBody } from "@/components/review/dashboard-page-body";
import { requireAdministrator } from "@/lib/auth/current-user";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const { cityId } = await requireAdministrator();
  return <DashboardPageBody cityId={cityId} yearParam={(await searchParams).year} basePath="/admin/dashboard" />;
}
