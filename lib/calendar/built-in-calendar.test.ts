import { describe, expect, it } from "vitest";
import { BUILT_IN_CALENDAR, BUILT_IN_YEARS } from "./built-in-calendar";
import { isWeekend } from "./calendar-dates";

const weekdaysOff = (year: number) => BUILT_IN_CALENDAR.get(year)!.daysOff.filter((d) => !isWeekend(d));

describe("the built-in calendar (chinese-days)", () => {
  it("covers every year from 2004 to 2026, and no other", () => {
    expect(BUILT_IN_YEARS).toEqual({ first: 2004, last: 2026 });
    expect([...BUILT_IN_CALENDAR.keys()].sort()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it("has 2025 as the State Council's notice 国办发明电〔2024〕12号 says", () => {
    // 元旦 1 Jan; 春节 28 Jan–4 Feb, work 26 Jan (Sun) and 8 Feb (Sat); 清明 4–6 Apr; 劳动节 1–5 May,
    // work 27 Apr (Sun); 端午 31 May–2 Jun; 国庆节、中秋节 1–8 Oct, work 28 Sep (Sun) and 11 Oct (Sat).
    expect(weekdaysOff(2025)).toEqual([
      "2025-01-01",
      "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-03", "2025-02-04",
      "2025-04-04",
      "2025-05-01", "2025-05-02", "2025-05-05",
      "2025-06-02",
      "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08",
    ]);
    expect(BUILT_IN_CALENDAR.get(2025)!.workingWeekendDays).toEqual(["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]);
  });

  it("has 2026 as the notice of 4 November 2025 says", () => {
    // 元旦 1–3 Jan, work 4 Jan; 春节 15–23 Feb, work 14 and 28 Feb; 清明 4–6 Apr; 劳动节 1–5 May,
    // work 9 May; 端午 19–21 Jun; 中秋 25–27 Sep; 国庆节 1–7 Oct, work 20 Sep and 10 Oct.
    expect(weekdaysOff(2026)).toEqual([
      "2026-01-01", "2026-01-02",
      "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-23",
      "2026-04-06",
      "2026-05-01", "2026-05-04", "2026-05-05",
      "2026-06-19",
      "2026-09-25",
      "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07",
    ]);
    expect(BUILT_IN_CALENDAR.get(2026)!.workingWeekendDays).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
  });

  it("lists only weekend days as worked, and no date both off and worked", () => {
    for (const year of BUILT_IN_CALENDAR.values()) {
      expect(year.workingWeekendDays.filter((d) => !isWeekend(d))).toEqual([]);
      expect(year.workingWeekendDays.filter((d) => year.daysOff.includes(d))).toEqual([]);
      expect([...year.daysOff, ...year.workingWeekendDays].every((d) => d.startsWith(String(year.year)))).toBe(true);
    }
  });
});
