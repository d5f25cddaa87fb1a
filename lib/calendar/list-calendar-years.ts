import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BUILT_IN_CALENDAR } from "./built-in-calendar";
import { chinaDateOf, isWeekend, yearsToEnter } from "./calendar-dates";

export interface CalendarYearSummary {
  year: number;
  /** Where the year in force comes from: the built-in data, or an administrator. */
  origin: "builtIn" | "entered";
  /** An entered year that replaces a built-in one (a correction). */
  replacesBuiltIn: boolean;
  weekdaysOff: number;
  workingWeekendDays: readonly string[];
  source: string | null;
  enteredByName: string | null;
  enteredAt: Date | null;
}

/**
 * The administrator's view of the calendar: every year in force from `fromYear` on (and every
 * entered year, however old), newest first, and which of this year and next year are unknown
 * (a notice published now may reach next year within days at the end of December).
 */
export async function listCalendarYears(prisma: PrismaClient, now: Date = new Date(), yearsBack = 2) {
  const thisYear = Number(chinaDateOf(now).slice(0, 4));
  const entered = await prisma.workingDayCalendarYear.findMany({ orderBy: { year: "desc" } });
  const names = new Map(
    (await prisma.user.findMany({ where: { id: { in: [...new Set(entered.map((e) => e.enteredById))] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  const rows = new Map<number, CalendarYearSummary>();
  for (const y of BUILT_IN_CALENDAR.values()) {
    if (y.year < thisYear - yearsBack) continue;
    rows.set(y.year, { year: y.year, origin: "builtIn", replacesBuiltIn: false, weekdaysOff: y.daysOff.filter((d) => !isWeekend(d)).length, workingWeekendDays: y.workingWeekendDays, source: null, enteredByName: null, enteredAt: null });
  }
  for (const e of entered) {
    rows.set(e.year, {
      year: e.year,
      origin: "entered",
      replacesBuiltIn: BUILT_IN_CALENDAR.has(e.year),
      weekdaysOff: e.daysOff.filter((d) => !isWeekend(d)).length,
      workingWeekendDays: e.workingWeekendDays,
      source: e.source,
      enteredByName: names.get(e.enteredById) ?? null,
      enteredAt: e.enteredAt,
    });
  }
  return {
    years: [...rows.values()].sort((a, b) => b.year - a.year),
    thisYear,
    missing: yearsToEnter(thisYear, (year) => BUILT_IN_CALENDAR.has(year) || entered.some((e) => e.year === year)),
  };
}

/** One year in force, as the form to correct it starts from; null when the year is unknown. */
export async function getCalendarYear(prisma: PrismaClient, year: number) {
  const entered = await prisma.workingDayCalendarYear.findUnique({ where: { year } });
  if (entered) return { year, origin: "entered" as const, daysOff: entered.daysOff, workingWeekendDays: entered.workingWeekendDays, source: entered.source };
  const builtIn = BUILT_IN_CALENDAR.get(year);
  return builtIn ? { year, origin: "builtIn" as const, daysOff: [...builtIn.daysOff], workingWeekendDays: [...builtIn.workingWeekendDays], source: null } : null;
}

/** The years an administrator should enter now (yearsToEnter): one query, none while the built-in data covers both. */
export async function missingCalendarYears(prisma: PrismaClient, now: Date = new Date()): Promise<number[]> {
  const candidates = yearsToEnter(Number(chinaDateOf(now).slice(0, 4)), (year) => BUILT_IN_CALENDAR.has(year));
  if (candidates.length === 0) return [];
  const entered = await prisma.workingDayCalendarYear.findMany({ where: { year: { in: candidates } }, select: { year: true } });
  return candidates.filter((year) => !entered.some((e) => e.year === year));
}
