import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { missingCalendarYears } from "@/lib/calendar/list-calendar-years";
import { getPrisma } from "@/lib/db";
import { MissingCalendarYears } from "./_components/missing-calendar-years";

export default async function AdminOverviewPage() {
  await requireRole("ADMINISTRATOR");
  const t = await getTranslations("admin");
  const missing = await missingCalendarYears(getPrisma());
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("overviewTitle")}</h1>
      <p className="mt-3 max-w-2xl">{t("overviewIntro")}</p>
      <MissingCalendarYears years={missing} />
    </>
  );
}
