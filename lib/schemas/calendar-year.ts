import { z } from "./z";
import { optionalText } from "./fields";
import { messageWithValues } from "./message-values";
import { dayNumberOf, isWeekend } from "@/lib/calendar/calendar-dates";

// One year of the official working-day calendar as an administrator types it from the State
// Council's notice: the days off and the weekend days worked, one date per line (or separated by
// spaces or commas). Every refusal names the date, next to its list.
//
// Decisions: a weekend day may be listed as a day off (the notice gives periods such as
// "10月1日至8日", weekends included, and the built-in data lists them too; it is off either way),
// but a day listed as worked must be a Saturday or a Sunday (a weekday is a working day already:
// listing one is a slip). A year needs at least one day off: an empty year would count as Monday
// to Friday, the very guess the calendar exists to avoid.

/** Years the form accepts: the built-in data starts in 2004; a correction of an old year is rare but allowed. */
export const CALENDAR_YEAR_RANGE = { min: 2000, max: 2100 } as const;
const MAX_DATES = 366;
// 366 dates of 10 characters and their separators, with room for blank lines.
const MAX_TEXT = 8_000;

const SEPARATORS = /[\s,，、;；]+/;

/** The dates of a list as typed, in order, empty entries dropped. */
export function datesOf(text: string): string[] {
  return text.split(SEPARATORS).filter(Boolean);
}

const dateList = z.pipe(
  z.string().check(
    z.maxLength(MAX_TEXT, { error: "tooLong", abort: true }),
    z.superRefine((text, ctx) => {
      const dates = datesOf(text);
      const seen = new Set<string>();
      for (const date of dates) {
        if (dayNumberOf(date) === null) return void ctx.issues.push({ code: "custom", input: text, message: messageWithValues("calendarDateFormat", { date: date.slice(0, 20) }) });
        if (seen.has(date)) return void ctx.issues.push({ code: "custom", input: text, message: messageWithValues("calendarDateTwice", { date }) });
        seen.add(date);
      }
      if (dates.length > MAX_DATES) ctx.issues.push({ code: "custom", input: text, message: "calendarTooManyDates" });
    }),
  ),
  z.transform((text: string) => datesOf(text).sort()),
);

export const calendarYearSchema = z
  .object({
    year: z.coerce.number("calendarYear").check(z.int("calendarYear"), z.gte(CALENDAR_YEAR_RANGE.min, "calendarYear"), z.lte(CALENDAR_YEAR_RANGE.max, "calendarYear")),
    daysOff: dateList,
    workingWeekendDays: dateList,
    source: optionalText(200),
  })
  .check(
    z.superRefine((input, ctx) => {
      const outside = (dates: string[]) => dates.find((d) => Number(d.slice(0, 4)) !== input.year);
      const issue = (field: "daysOff" | "workingWeekendDays", message: string) => ctx.issues.push({ code: "custom", input, path: [field], message });

      const offOutside = outside(input.daysOff);
      if (offOutside) issue("daysOff", messageWithValues("calendarDateOutsideYear", { date: offOutside, year: input.year }));
      else if (input.daysOff.length === 0) issue("daysOff", "calendarNoDaysOff");

      const workedOutside = outside(input.workingWeekendDays);
      const weekday = input.workingWeekendDays.find((d) => !isWeekend(d));
      const both = input.workingWeekendDays.find((d) => input.daysOff.includes(d));
      if (workedOutside) issue("workingWeekendDays", messageWithValues("calendarDateOutsideYear", { date: workedOutside, year: input.year }));
      else if (weekday) issue("workingWeekendDays", messageWithValues("calendarWorkingDayNotWeekend", { date: weekday }));
      else if (both) issue("workingWeekendDays", messageWithValues("calendarDateOffAndWorked", { date: both }));
    }),
  );

export type CalendarYearInput = z.input<typeof calendarYearSchema>;
export type CalendarYearValues = z.output<typeof calendarYearSchema>;
