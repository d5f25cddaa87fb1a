// Calendar dates in China Standard Time as `YYYY-MM-DD` strings. No Date objects in the
// rules: a Date carries a time and a zone, and a claim date must not shift by a day because
// the server runs in UTC while the browser runs in UTC+8.

import { EligibilityInputError } from "./errors";
import type { IsoDate } from "./types";

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by `count` ASCII digits at `from`, or -1 if any is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Parses a real calendar date, or returns null (2023-02-29, 2024-13-01, 2024-1-1 are not). */
export function tryParseIsoDate(text: unknown): CalendarDate | null {
  if (typeof text !== "string" || text.length !== 10) return null;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidIsoDate(text: unknown): text is IsoDate {
  return tryParseIsoDate(text) !== null;
}

export function parseIsoDate(text: unknown, field = "date"): CalendarDate {
  if (text === undefined || text === null) {
    throw new EligibilityInputError(field, "MISSING", "is missing");
  }
  const parsed = tryParseIsoDate(text);
  if (parsed === null) {
    throw new EligibilityInputError(
      field,
      "INVALID_DATE",
      `must be a real calendar date YYYY-MM-DD, got ${JSON.stringify(text)}`,
    );
  }
  return parsed;
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Start + N calendar months, keeping the day of month and falling back to the last day of
 * the target month: 2024-01-31 + 3 = 2024-04-30, 2024-02-29 + 12 = 2025-02-28.
 * N may be negative. This is the policy's reading of "more than 3 months / 1 year".
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const start = parseIsoDate(date, "date");
  if (!Number.isSafeInteger(months)) {
    throw new EligibilityInputError("months", "NOT_AN_INTEGER", "must be an integer");
  }
  return formatIsoDate(addMonthsToParts(start, months));
}

export function addMonthsToParts(start: CalendarDate, months: number): CalendarDate {
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new EligibilityInputError("months", "OUT_OF_RANGE", "takes the date outside years 0001-9999");
  }
  const day = Math.min(start.day, daysInMonth(year, month));
  return { year, month, day };
}

/** -1, 0 or 1. Valid `YYYY-MM-DD` strings order like the dates they name. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parseIsoDate(a, "a");
  parseIsoDate(b, "b");
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today's calendar date in Beijing, whatever zone the process runs in. */
export function todayInChina(nowMs: number = Date.now()): IsoDate {
  return new Date(nowMs + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A `@db.Date` column comes back from Prisma as a Date at 00:00 UTC of that calendar date,
 * so its UTC fields are the date; local-time getters would move it a day west of Greenwich.
 */
export function isoDateFromDbDate(value: Date, field = "date"): IsoDate {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new EligibilityInputError(field, "INVALID_DATE", "must be a valid Date");
  }
  const date = value.toISOString().slice(0, 10);
  if (!isValidIsoDate(date)) {
    throw new EligibilityInputError(field, "INVALID_DATE", "is outside years 0001-9999");
  }
  return date;
}

/** The inverse of `isoDateFromDbDate`: the Date Prisma expects for a `@db.Date` column. */
export function dbDateFromIsoDate(date: IsoDate, field = "date"): Date {
  parseIsoDate(date, field);
  return new Date(`${date}T00:00:00.000Z`);
}
