import { describe, expect, it } from "vitest";
import { calendarYearSchema } from "./calendar-year";
import { messageWithValues, splitMessage } from "./message-values";

const issues = (input: unknown) => {
  const result = calendarYearSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("a calendar year as typed", () => {
  it("takes dates one per line or separated by spaces and commas, and sorts them", () => {
    expect(calendarYearSchema.parse({ year: "2027", daysOff: "2027-10-02\r\n2027-10-01，2027-01-01  2027-05-01、", workingWeekendDays: " 2027-09-26 ", source: "  " })).toEqual({
      year: 2027,
      daysOff: ["2027-01-01", "2027-05-01", "2027-10-01", "2027-10-02"],
      workingWeekendDays: ["2027-09-26"],
      source: undefined,
    });
  });
  it("accepts a weekend day as a day off (holiday periods include weekends), and only weekend days as worked", () => {
    // Saturday 2 October 2027 inside the National Day period: fine.
    expect(issues({ year: 2027, daysOff: "2027-10-01\n2027-10-02", workingWeekendDays: "" })).toEqual([]);
    // Friday 1 October listed as worked: refused.
    expect(issues({ year: 2027, daysOff: "2027-10-04", workingWeekendDays: "2027-10-01" })).toEqual([["workingWeekendDays", "calendarWorkingDayNotWeekend?date=2027-10-01"]]);
  });
  it("names the first wrong date of each list", () => {
    expect(issues({ year: 2027, daysOff: "2027-01-01\n2027-02-30\n2027-02-31", workingWeekendDays: "" })).toEqual([["daysOff", "calendarDateFormat?date=2027-02-30"]]);
    expect(issues({ year: 2027, daysOff: "2027-01-01 2027-01-01", workingWeekendDays: "" })).toEqual([["daysOff", "calendarDateTwice?date=2027-01-01"]]);
    expect(issues({ year: 2027, daysOff: "2028-01-01", workingWeekendDays: "2026-12-26" })).toEqual([
      ["daysOff", "calendarDateOutsideYear?date=2028-01-01&year=2027"],
      ["workingWeekendDays", "calendarDateOutsideYear?date=2026-12-26&year=2027"],
    ]);
  });
  it("refuses an empty year, a year out of range and an endless list", () => {
    expect(issues({ year: 2027, daysOff: " \n ", workingWeekendDays: "" })).toEqual([["daysOff", "calendarNoDaysOff"]]);
    expect(issues({ year: "1999", daysOff: "1999-01-01", workingWeekendDays: "" })).toEqual([["year", "calendarYear"]]);
    expect(issues({ year: 2027, daysOff: "2027-01-01\n".repeat(900), workingWeekendDays: "" })).toEqual([["daysOff", "tooLong"]]);
  });
});

describe("messages with values", () => {
  it("carry their values through one string and back", () => {
    const message = messageWithValues("calendarDateOutsideYear", { date: "2026-12-26", year: 2027 });
    expect(splitMessage(message)).toEqual({ key: "calendarDateOutsideYear", values: { date: "2026-12-26", year: "2027" } });
    expect(splitMessage("required")).toEqual({ key: "required", values: {} });
    expect(splitMessage(messageWithValues("calendarDateFormat", { date: "a&b=c?d" })).values).toEqual({ date: "a&b=c?d" });
  });
});
