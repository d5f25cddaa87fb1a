// Demo (and e2e) databases run at the real date, but the built-in working-day calendar ends with
// the last year chinese-days knows (lib/calendar/built-in-calendar.ts). From the first day after
// it, every approval, the demo's own grant "a month ago" included, would be refused until an
// administrator enters the year. So a demo database gets each missing year up to the current one
// as a placeholder, entered by the demo administrator through the same save as a real entry
// (audited) and saying what it is: the statutory holidays of fixed date only (元旦 1 Jan, 劳动节
// 1–2 May, 国庆节 1–3 Oct), none of the lunar ones and no 调休, which only the State Council's
// notice can give. Next year is left unknown, as the administrator would find it.
// Never for a production database: the seed runs on an empty demo database only.
import type { Administrator } from "@/lib/auth/actors";
import { BUILT_IN_YEARS } from "@/lib/calendar/built-in-calendar";
import { chinaDateOf } from "@/lib/calendar/calendar-dates";
import { saveCalendarYearFromInput } from "@/lib/calendar/save-calendar-year";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CalendarYearInput } from "@/lib/schemas/calendar-year";
import { DEMO_ACCOUNTS } from "./demo-accounts";

export const PLACEHOLDER_SOURCE = "演示占位：仅固定日期的法定节假日，无调休 (demo placeholder: fixed-date statutory holidays only, no 调休)";

/** A placeholder year: the statutory holidays of fixed date, nothing else. */
export function placeholderCalendarYear(year: number): CalendarYearInput {
  const days = ["01-01", "05-01", "05-02", "10-01", "10-02", "10-03"].map((d) => `${year}-${d}`);
  return { year, daysOff: days.join("\n"), workingWeekendDays: "", source: PLACEHOLDER_SOURCE };
}

/** The years after the built-in data up to `throughYear` that nobody entered. */
export async function yearsWithoutCalendar(prisma: PrismaClient, throughYear: number): Promise<number[]> {
  const wanted = Array.from({ length: Math.max(0, throughYear - BUILT_IN_YEARS.last) }, (_, i) => BUILT_IN_YEARS.last + 1 + i);
  const entered = new Set((await prisma.workingDayCalendarYear.findMany({ where: { year: { in: wanted } }, select: { year: true } })).map((e) => e.year));
  return wanted.filter((year) => !entered.has(year));
}

export async function seedCalendar(prisma: PrismaClient, now: Date = new Date()) {
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.administrator }, select: { id: true, cityId: true } });
  const actor: Administrator = { id: admin.id, role: "ADMINISTRATOR", cityId: admin.cityId! };
  for (const year of await yearsWithoutCalendar(prisma, Number(chinaDateOf(now).slice(0, 4)))) {
    await saveCalendarYearFromInput(prisma, actor, placeholderCalendarYear(year), now);
  }
}
