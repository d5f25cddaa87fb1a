// "YYYY-MM-DD" dates as whole days, with no time zone to go wrong: the arithmetic of the working-day
// calendar, and the checks of the form that enters a year (lib/schemas/calendar-year.ts, which runs
// in the browser too, so nothing here may pull in the built-in data).

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a "YYYY-MM-DD" date, or null when it is not a real calendar date. */
export function dayNumberOf(date: string): number | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over into March: a date that does not come back the same is not real.
  // (Years 0–99 are mapped to 1900–1999 by Date.UTC, and never come back either.)
  return dateOfDayNumber(ms / DAY_MS) === date ? ms / DAY_MS : null;
}

/** The "YYYY-MM-DD" date of a day number. */
export function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a real "YYYY-MM-DD" date falls on a Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const day = dayNumberOf(date);
  if (day === null) throw new RangeError(`not a date: ${date}`);
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

// China has kept UTC+8 all year since 1991: no daylight-saving rule to apply.
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The China calendar day ("YYYY-MM-DD") of an instant. */
export function chinaDateOf(instant: Date): string {
  return dateOfDayNumber(Math.floor((instant.getTime() + CST_OFFSET_MS) / DAY_MS));
}

/** The years an administrator should have entered by now: this year and next year (a notice published late in December reaches it), where unknown. */
export function yearsToEnter(thisYear: number, isKnown: (year: number) => boolean): number[] {
  return [thisYear, thisYear + 1].filter((year) => !isKnown(year));
}
