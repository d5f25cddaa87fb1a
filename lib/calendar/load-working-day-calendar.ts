import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { BUILT_IN_CALENDAR } from "./built-in-calendar";
import { mergeCalendars, type CalendarYear, type WorkingDayCalendar } from "./working-days";

/** The years administrators entered, as stored. */
export async function loadEnteredCalendarYears(db: PrismaClient | Prisma.TransactionClient): Promise<CalendarYear[]> {
  return db.workingDayCalendarYear.findMany({ select: { year: true, daysOff: true, workingWeekendDays: true }, orderBy: { year: "asc" } });
}

/** The calendar in force: the built-in years, each replaced by the year an administrator entered, if any. */
export async function loadWorkingDayCalendar(db: PrismaClient | Prisma.TransactionClient): Promise<WorkingDayCalendar> {
  return mergeCalendars(BUILT_IN_CALENDAR, await loadEnteredCalendarYears(db));
}
