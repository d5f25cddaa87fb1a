import { DashboardPageBody } from "@/components/review/dashboard-page-body";
import { requireRole } from "@/lib/auth/current-user";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requireRole("ADMINISTRATOR");
  return <DashboardPageBody yearParam={(await searchParams).year} basePath="/admin/dashboard" />;
}
