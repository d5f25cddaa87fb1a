import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  addCalendarMonths,
  compareIsoDates,
  daysInMonth,
  dbDateFromIsoDate,
  isoDateFromDbDate,
  isValidIsoDate,
  parseIsoDate,
  todayInChina,
} from "./calendar";
import { EligibilityInputError } from "./errors";

describe("addCalendarMonths", () => {
  it.each([
    // month-end fallback
    ["2024-01-31", 3, "2024-04-30"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-08-31", 1, "2024-09-30"],
    // leap day + 1 year
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2100-01-29", 1, "2100-02-28"], // 2100 is not a leap year
    ["2000-01-29", 1, "2000-02-29"], // 2000 is
    // plain cases and year roll-over
    ["2024-01-15", 3, "2024-04-15"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2023-11-30", 3, "2024-02-29"],
    ["2024-12-31", 12, "2025-12-31"],
    ["2024-05-10", 0, "2024-05-10"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-01-15", -13, "2022-12-15"],
  ])("%s + %i months = %s", (start, months, expected) => {
    expect(addCalendarMonths(start, months)).toBe(expected);
  });

  it("refuses impossible dates and non-integer months", () => {
    expect(() => addCalendarMonths("2023-02-29", 1)).toThrow(EligibilityInputError);
    expect(() => addCalendarMonths("2024-01-01", 1.5)).toThrow(EligibilityInputError);
    expect(() => addCalendarMonths("9999-12-01", 1)).toThrow(EligibilityInputError);
  });

  const isoDate = fc
    .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= daysInMonth(year, month))
    .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

  it("always gives a real date in the target month, never a later day of month", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 600 }), (start, months) => {
        const result = addCalendarMonths(start, months);
        expect(isValidIsoDate(result)).toBe(true);
        const s = parseIsoDate(start);
        const r = parseIsoDate(result);
        expect((r.year - s.year) * 12 + (r.month - s.month)).toBe(months);
        expect(r.day).toBeLessThanOrEqual(s.day);
        if (r.day < s.day) expect(r.day).toBe(daysInMonth(r.year, r.month));
      }),
    );
  });

  it("is monotone: a later start never gives an earlier result", () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: 0, max: 36 }), (a, b, months) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addCalendarMonths(early, months) <= addCalendarMonths(late, months)).toBe(true);
      }),
    );
  });
});

describe("date validation", () => {
  it.each(["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "20240101", "2024/01/01", "", " 2024-01-01", "0000-01-01"])(
    "%j is not a date",
    (text) => {
      expect(isValidIsoDate(text)).toBe(false);
      expect(() => parseIsoDate(text, "trainingStart")).toThrow(expect.objectContaining({ field: "trainingStart" }));
    },
  );

  it.each(["2024-02-29", "2000-02-29", "2023-12-31", "2013-01-01"])("%s is a date", (text) => {
    expect(isValidIsoDate(text)).toBe(true);
  });

  it("orders dates", () => {
    expect(compareIsoDates("2024-02-29", "2024-03-01")).toBe(-1);
    expect(compareIsoDates("2024-03-01", "2024-03-01")).toBe(0);
    expect(compareIsoDates("2025-01-01", "2024-12-31")).toBe(1);
  });
});

describe("time zones", () => {
  it("gives today's date in Beijing, whatever the process zone", () => {
    // 2024-03-01 16:30 UTC is 2024-03-02 00:30 in Beijing
    expect(todayInChina(Date.UTC(2024, 2, 1, 16, 30))).toBe("2024-03-02");
    expect(todayInChina(Date.UTC(2024, 2, 1, 15, 59))).toBe("2024-03-01");
  });

  it("round-trips @db.Date values through their UTC calendar date", () => {
    expect(isoDateFromDbDate(new Date("2015-01-01T00:00:00Z"))).toBe("2015-01-01");
    expect(dbDateFromIsoDate("2014-12-31").toISOString()).toBe("2014-12-31T00:00:00.000Z");
    expect(() => isoDateFromDbDate(new Date("nope"), "effectiveFrom")).toThrow(expect.objectContaining({ field: "effectiveFrom" }));
  });
});
