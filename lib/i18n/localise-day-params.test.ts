import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { DATE_FORMATS } from "./date-formats";
import { localiseDayParams } from "./localise-day-params";

const formatterFor = (locale: string) => {
  const format = createFormatter({ locale, timeZone: "Asia/Shanghai", formats: DATE_FORMATS });
  return (day: Date) => format.dateTime(day, "date");
};

describe("localiseDayParams", () => {
  const params = { start: "2024-03-01", end: "2024-06-30", limit: "2024-06-01", months: "3" };

  it("prints every calendar day in Chinese and leaves other parameters alone", () => {
    expect(localiseDayParams(params, formatterFor("zh-CN"))).toEqual({
      start: "2024年3月1日",
      end: "2024年6月30日",
      limit: "2024年6月1日",
      months: "3",
    });
  });

  it("prints the same days in English", () => {
    expect(localiseDayParams(params, formatterFor("en"))).toMatchObject({ start: "March 1, 2024", end: "June 30, 2024" });
  });

  it("keeps the day in China Standard Time (1 January stays 1 January)", () => {
    expect(localiseDayParams({ day: "2025-01-01" }, formatterFor("en")).day).toBe("January 1, 2025");
  });

  it("leaves money, numbers and impossible days as they are", () => {
    expect(localiseDayParams({ amount: "1,234.56", year: "2024", bad: "2024-13-45" }, formatterFor("en"))).toEqual({
      amount: "1,234.56",
      year: "2024",
      bad: "2024-13-45",
    });
  });

  it("takes a message without parameters", () => {
    expect(localiseDayParams(undefined, formatterFor("en"))).toEqual({});
  });
});
