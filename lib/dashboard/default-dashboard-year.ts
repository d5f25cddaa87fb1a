import type { PrismaClient } from "@/lib/generated/prisma/client";
import { APPLICANT_ONLY_STATUSES } from "@/lib/claim-lifecycle";

/** The newest claim year with a submitted claim of the city, else the current year: what the dashboard opens on. */
export async function defaultDashboardYear(prisma: PrismaClient, cityId: string, requested?: string): Promise<number> {
  const parsed = Number(requested);
  if (Number.isInteger(parsed) && parsed >= 2013 && parsed <= 2100) return parsed;
  const latest = await prisma.offshoreClaim.findFirst({ where: { cityId, status: { notIn: APPLICANT_ONLY_STATUSES } }, orderBy: { claimYear: "desc" }, select: { claimYear: true } });
  return latest?.claimYear ?? new Date().getUTCFullYear();
}
