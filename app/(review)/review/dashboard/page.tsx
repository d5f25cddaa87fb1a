import { DashboardPageBody } from "@/components/review/dashboard-page-body";
import { requireReviewer } from "@/lib/auth/current-user";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const { cityId } = await requireReviewer();
  return <DashboardPageBody cityId={cityId} yearParam={(await searchParams).year} basePath="/review/dashboard" />;
}
