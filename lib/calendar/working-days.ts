// China's official working-day calendar, as pure data and arithmetic (policy-rules.md, "Working
// days"): Saturdays and Sundays are off and Monday to Friday are working days, except where the
// State Council's arrangement for the year says otherwise: public holidays off, and the weekend
// days worked in their place (调休) on. A year whose arrangement is not known is never guessed:
// counting into it throws CalendarYearUnknownError, naming the year.
//
// Dates are "YYYY-MM-DD" strings of the China calendar day; no time of day, no time zone.

import { BUILT_IN_CALENDAR } from "./built-in-calendar";
import { dateOfDayNumber, dayNumberOf, isWeekend } from "./calendar-dates";

/** One year's arrangement: the dates declared off, and the weekend days declared working (调休). */
export interface CalendarYear {
  year: number;
  /** Dates off by the arrangement. A weekend day inside a holiday period may be listed too (it is off either way). */
  daysOff: readonly string[];
  /** Saturdays and Sundays that are working days in exchange for a holiday. */
  workingWeekendDays: readonly string[];
}

/** The years whose arrangement is known. A year not in it is unknown. */
export type WorkingDayCalendar = ReadonlyMap<number, CalendarYear>;

/** Counting reached a year whose arrangement nobody has entered: the result would be a guess. */
export class CalendarYearUnknownError extends Error {
  constructor(readonly year: number) {
    super(`the working-day calendar of ${year} is not known`);
    this.name = "CalendarYearUnknownError";
  }
}

function requireDayNumber(date: string): number {
  const day = dayNumberOf(date);
  if (day === null) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return day;
}

// Looking a date up in a year's lists, once per year object rather than once per day counted.
const lookups = new WeakMap<CalendarYear, { off: ReadonlySet<string>; worked: ReadonlySet<string> }>();

function lookupOf(year: CalendarYear) {
  let lookup = lookups.get(year);
  if (!lookup) {
    lookup = { off: new Set(year.daysOff), worked: new Set(year.workingWeekendDays) };
    lookups.set(year, lookup);
  }
  return lookup;
}

/** Whether `date` is a working day; throws CalendarYearUnknownError when its year is not in the calendar. */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar = BUILT_IN_CALENDAR): boolean {
  requireDayNumber(date);
  const year = Number(date.slice(0, 4));
  const arrangement = calendar.get(year);
  if (!arrangement) throw new CalendarYearUnknownError(year);
  const { off, worked } = lookupOf(arrangement);
  // A weekend day listed as worked is on even if also inside a holiday range: the save refuses a
  // date in both lists, so the order only matters for data that never passed that check.
  if (worked.has(date)) return true;
  if (off.has(date)) return false;
  return !isWeekend(date);
}

/**
 * The `days`-th working day after `start` (start itself never counts), under `calendar` (the
 * built-in one when none is given). Throws CalendarYearUnknownError, naming the year, as soon as
 * the count steps into a year the calendar does not know, and RangeError for a malformed date or
 * a `days` that is not a positive integer.
 */
export function addWorkingDays(start: string, days: number, calendar: WorkingDayCalendar = BUILT_IN_CALENDAR): string {
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError("days must be a positive integer");
  let day = requireDayNumber(start);
  let counted = 0;
  while (counted < days) {
    day += 1;
    if (isWorkingDay(dateOfDayNumber(day), calendar)) counted += 1;
  }
  return dateOfDayNumber(day);
}

/** A calendar of these years (a later entry for the same year replaces an earlier one). */
export function calendarOf(years: Iterable<CalendarYear>): WorkingDayCalendar {
  return new Map([...years].map((y) => [y.year, y] as const));
}

/**
 * The calendar in force: the built-in years, with every year an administrator entered replacing
 * the built-in one of the same year whole (a correction is a complete year, not a patch).
 */
export function mergeCalendars(builtIn: WorkingDayCalendar, entered: Iterable<CalendarYear>): WorkingDayCalendar {
  return calendarOf([...builtIn.values(), ...entered]);
}
