import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { BUILT_IN_YEARS } from "@/lib/calendar/built-in-calendar";
import { getCalendarYear, listCalendarYears } from "@/lib/calendar/list-calendar-years";
import { getPrisma } from "@/lib/db";
import { CALENDAR_YEAR_RANGE } from "@/lib/schemas/calendar-year";
import { MissingCalendarYears } from "../_components/missing-calendar-years";
import { CalendarYearForm } from "./calendar-year-form";

/** The year the form opens on: the one asked for (a "correct" link), else the first missing one, else next year. */
function selectedYear(param: string | undefined, fallback: number): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= CALENDAR_YEAR_RANGE.min && year <= CALENDAR_YEAR_RANGE.max ? year : fallback;
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requireRole("ADMINISTRATOR");
  const t = await getTranslations("calendar");
  const format = await getFormatter();
  const prisma = getPrisma();
  const { years, thisYear, missing } = await listCalendarYears(prisma);
  const year = selectedYear((await searchParams).year, missing[0] ?? thisYear + 1);
  const current = await getCalendarYear(prisma, year);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro", BUILT_IN_YEARS)}</p>
      <MissingCalendarYears years={missing} />

      <h2 className="mt-6 text-lg font-semibold">{t("formTitle")}</h2>
      <p className="mt-1 max-w-3xl text-sm">{t("formIntro")}</p>
      {current ? <p className="mt-2 max-w-3xl text-sm font-medium">{t("correcting", { year, origin: current.origin })}</p> : null}
      <CalendarYearForm
        key={year}
        defaults={{
          year: String(year),
          daysOff: current?.daysOff.join("\n") ?? "",
          workingWeekendDays: current?.workingWeekendDays.join("\n") ?? "",
          source: current?.source ?? "",
        }}
      />

      <h2 className="mt-8 text-lg font-semibold">{t("knownTitle")}</h2>
      <table className="mt-2 w-full border-collapse bg-white text-left text-sm" data-testid="calendar-years">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">{t("colYear")}</th>
            <th scope="col" className="p-2">{t("colOrigin")}</th>
            <th scope="col" className="p-2 text-right">{t("colWeekdaysOff")}</th>
            <th scope="col" className="p-2">{t("colWorkingWeekendDays")}</th>
            <th scope="col" className="p-2">{t("colActions")}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year} className="border-b border-slate-200 align-top" data-testid={`calendar-year-${y.year}`}>
              <th scope="row" className="p-2 text-left font-medium">{y.year}</th>
              <td className="p-2">
                {y.origin === "builtIn"
                  ? t("builtIn")
                  : y.enteredByName
                    ? t("enteredBy", { name: y.enteredByName, date: format.dateTime(y.enteredAt!, "date") })
                    : t("enteredByUnknown", { date: format.dateTime(y.enteredAt!, "date") })}
                {y.replacesBuiltIn ? <span className="block text-xs text-slate-600">{t("replacesBuiltIn")}</span> : null}
                {y.source ? <span className="block text-xs text-slate-600">{y.source}</span> : null}
              </td>
              <td className="p-2 text-right">{y.weekdaysOff}</td>
              <td className="p-2 font-mono text-xs">{y.workingWeekendDays.length > 0 ? y.workingWeekendDays.join(", ") : t("none")}</td>
              <td className="p-2">
                <Link href={`/admin/calendar?year=${y.year}`} className="text-brand-800 underline">
                  {t("correct", { year: y.year })}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
