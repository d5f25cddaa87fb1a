import fc from "fast-check";
import { findWorkday } from "chinese-days";
import { describe, expect, it } from "vitest";
import { BUILT_IN_CALENDAR, BUILT_IN_YEARS } from "./built-in-calendar";
import { dateOfDayNumber, dayNumberOf } from "./calendar-dates";
import { addWorkingDays, CalendarYearUnknownError, calendarOf, isWorkingDay, mergeCalendars } from "./working-days";

describe("addWorkingDays across the 2025 National Day and Mid-Autumn holiday (Oct 1–8 off; Sun 28 Sep and Sat 11 Oct worked)", () => {
  it("counts the Sunday worked before the holiday", () => {
    expect(addWorkingDays("2025-09-26", 1)).toBe("2025-09-28");
    expect(addWorkingDays("2025-09-26", 2)).toBe("2025-09-29");
  });
  it("skips the eight days off, weekdays included", () => {
    // Monday to Friday counting would say 1 October.
    expect(addWorkingDays("2025-09-30", 1)).toBe("2025-10-09");
    expect(addWorkingDays("2025-10-03", 1)).toBe("2025-10-09");
  });
  it("counts the Saturday worked after the holiday, and no other weekend day", () => {
    expect(addWorkingDays("2025-09-30", 3)).toBe("2025-10-11");
    expect(addWorkingDays("2025-09-30", 4)).toBe("2025-10-13");
    expect(addWorkingDays("2025-09-26", 5)).toBe("2025-10-10");
  });
});

describe("addWorkingDays across the 2025 Spring Festival (Jan 28–Feb 4 off; Sun 26 Jan and Sat 8 Feb worked)", () => {
  it("counts the Sunday worked before the festival", () => {
    expect(addWorkingDays("2025-01-24", 1)).toBe("2025-01-26");
    expect(addWorkingDays("2025-01-26", 1)).toBe("2025-01-27");
  });
  it("skips the festival", () => {
    expect(addWorkingDays("2025-01-27", 1)).toBe("2025-02-05");
    expect(addWorkingDays("2025-01-31", 1)).toBe("2025-02-05");
  });
  it("counts the Saturday worked after it", () => {
    expect(addWorkingDays("2025-01-27", 4)).toBe("2025-02-08");
    expect(addWorkingDays("2025-01-27", 5)).toBe("2025-02-10");
  });
});

describe("isWorkingDay", () => {
  it("follows the arrangement, then the weekday", () => {
    expect(isWorkingDay("2025-10-11")).toBe(true);
    expect(isWorkingDay("2025-10-08")).toBe(false);
    expect(isWorkingDay("2025-10-18")).toBe(false);
    expect(isWorkingDay("2025-10-17")).toBe(true);
  });
  it("does not guess a day of an unknown year, even a Saturday", () => {
    expect(() => isWorkingDay("2027-01-02")).toThrow(CalendarYearUnknownError);
  });
});

describe("addWorkingDays", () => {
  it("never counts the start day, working day or not", () => {
    expect(addWorkingDays("2025-10-09", 1)).toBe("2025-10-10");
    expect(addWorkingDays("2025-09-28", 1)).toBe("2025-09-29");
    expect(addWorkingDays("2025-10-01", 1)).toBe("2025-10-09");
  });
  it("crosses into a known next year (New Year 2026: Jan 1–3 off, Sun 4 Jan worked)", () => {
    expect(addWorkingDays("2025-12-31", 1)).toBe("2026-01-04");
  });
  it("refuses to count into a year it does not know, naming the year", () => {
    expect(BUILT_IN_CALENDAR.has(2027)).toBe(false);
    expect(addWorkingDays("2026-12-30", 1)).toBe("2026-12-31");
    let thrown: unknown;
    try {
      addWorkingDays("2026-12-30", 2);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CalendarYearUnknownError);
    expect((thrown as CalendarYearUnknownError).year).toBe(2027);
  });
  it("counts into a year an administrator entered", () => {
    const calendar = mergeCalendars(BUILT_IN_CALENDAR, [{ year: 2027, daysOff: ["2027-01-01"], workingWeekendDays: [] }]);
    expect(addWorkingDays("2026-12-30", 2, calendar)).toBe("2027-01-04");
  });
  it("uses an entered year instead of the built-in one of the same year, whole", () => {
    const corrected = mergeCalendars(BUILT_IN_CALENDAR, [{ year: 2025, daysOff: ["2025-10-01", "2025-10-02"], workingWeekendDays: ["2025-10-04"] }]);
    expect(addWorkingDays("2025-09-30", 1, corrected)).toBe("2025-10-03");
    expect(addWorkingDays("2025-09-30", 2, corrected)).toBe("2025-10-04");
    // Nothing of the built-in 2025 is left: Sunday 28 September is an ordinary Sunday again.
    expect(addWorkingDays("2025-09-26", 1, corrected)).toBe("2025-09-29");
  });
  it("with a calendar of its own, knows only the years in it", () => {
    const only2025 = calendarOf([BUILT_IN_CALENDAR.get(2025)!]);
    expect(() => addWorkingDays("2025-01-01", 1, calendarOf([]))).toThrow(CalendarYearUnknownError);
    expect(() => addWorkingDays("2025-12-30", 2, only2025)).toThrow(expect.objectContaining({ year: 2026 }));
  });
  it("refuses a malformed date or a count that is not a positive integer", () => {
    for (const start of ["2025-02-30", "2025/01/01", "25-01-01", "2025-1-1", "", "0099-01-01"]) expect(() => addWorkingDays(start, 1)).toThrow(RangeError);
    for (const days of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => addWorkingDays("2025-01-02", days)).toThrow(RangeError);
  });
});

// Known days the counts below stay inside: a start in the built-in years, at least 80 days
// before their end, and at most 50 working days (about ten weeks).
const firstDay = dayNumberOf(`${BUILT_IN_YEARS.first}-01-01`)!;
const lastStart = dayNumberOf(`${BUILT_IN_YEARS.last}-12-31`)! - 80;
const knownStart = fc.integer({ min: firstDay, max: lastStart }).map(dateOfDayNumber);
const count = fc.integer({ min: 1, max: 50 });

/** A day off by the calendar's data itself, not by isWorkingDay: listed off, or a weekend day not listed as worked. */
function isDayOffByData(date: string, calendar = BUILT_IN_CALENDAR): boolean {
  const year = calendar.get(Number(date.slice(0, 4)))!;
  const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
  return year.daysOff.includes(date) || (weekend && !year.workingWeekendDays.includes(date));
}

describe("addWorkingDays, properties over the built-in years", () => {
  it("never lands on a day off, and always after the start", () => {
    fc.assert(
      fc.property(knownStart, count, (start, days) => {
        const end = addWorkingDays(start, days);
        expect(isDayOffByData(end)).toBe(false);
        expect(end > start).toBe(true);
      }),
    );
  });

  it("is strictly monotonic in days", () => {
    fc.assert(
      fc.property(knownStart, count, count, (start, a, b) => {
        fc.pre(a !== b);
        const [fewer, more] = a < b ? [a, b] : [b, a];
        expect(addWorkingDays(start, fewer) < addWorkingDays(start, more)).toBe(true);
      }),
    );
  });

  it("counts exactly `days` working days after the start, up to and including the result", () => {
    fc.assert(
      fc.property(knownStart, count, (start, days) => {
        const end = dayNumberOf(addWorkingDays(start, days))!;
        let working = 0;
        for (let day = dayNumberOf(start)! + 1; day <= end; day++) if (!isDayOffByData(dateOfDayNumber(day))) working++;
        expect(working).toBe(days);
      }),
    );
  });

  it("adds up: a days then b days is a + b days", () => {
    fc.assert(
      fc.property(knownStart, fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 25 }), (start, a, b) => {
        expect(addWorkingDays(addWorkingDays(start, a), b)).toBe(addWorkingDays(start, a + b));
      }),
    );
  });

  it("agrees with the package's own findWorkday wherever the package knows the year", () => {
    fc.assert(
      fc.property(knownStart, count, (start, days) => {
        expect(addWorkingDays(start, days)).toBe(findWorkday(days, start));
      }),
    );
  });
});

describe("addWorkingDays, properties with an administrator's year", () => {
  // Any year entered as a set of weekdays off and weekend days worked (never the same date twice).
  const enteredYear = fc
    .tuple(fc.integer({ min: 2030, max: 2035 }), fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 150 }))
    .map(([year, offsets]) => {
      const jan1 = dayNumberOf(`${year}-01-01`)!;
      const dates = offsets.map((o) => dateOfDayNumber(jan1 + o));
      const weekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
      return { year, daysOff: dates.filter((d) => !weekend(d)), workingWeekendDays: dates.filter(weekend) };
    });

  it("never lands on a day off of that year, nor steps out of it silently", () => {
    fc.assert(
      fc.property(enteredYear, fc.integer({ min: 0, max: 300 }), count, (year, startOffset, days) => {
        const calendar = calendarOf([year]);
        const start = dateOfDayNumber(dayNumberOf(`${year.year}-01-01`)! + startOffset);
        let end: string;
        try {
          end = addWorkingDays(start, days, calendar);
        } catch (error) {
          // The only way out: the count reached the next year, which nobody entered.
          expect(error).toBeInstanceOf(CalendarYearUnknownError);
          expect((error as CalendarYearUnknownError).year).toBe(year.year + 1);
          return;
        }
        expect(end.startsWith(String(year.year))).toBe(true);
        expect(isDayOffByData(end, calendar)).toBe(false);
      }),
    );
  });
});
