// The built-in arrangements, from the chinese-days package (MIT; vsme/chinese-days), pinned to an
// exact version in package.json: its dist/chinese-days.json is the data file the package publishes
// for other languages, a map of every declared day off ("holidays") and every weekend day worked
// ("workdays") since 2004, each transcribed from the State Council's yearly notice (the package's
// src/holidays/generate.ts cites each notice). Its functions (isWorkday, findWorkday) are not used:
// for a year it does not know they fall back to Monday-to-Friday without saying so, which is the
// silent guess the portal must not make. built-in-calendar.test.ts checks 2025 against the notice
// 国办发明电〔2024〕12号 and the years covered; a version bump that changes either fails there.
import data from "chinese-days/dist/chinese-days.json";
import type { CalendarYear, WorkingDayCalendar } from "./working-days";

function yearsOf(source: { holidays: Record<string, string>; workdays: Record<string, string> }): CalendarYear[] {
  const years = new Map<number, { daysOff: string[]; workingWeekendDays: string[] }>();
  const entry = (date: string) => {
    const year = Number(date.slice(0, 4));
    let found = years.get(year);
    if (!found) years.set(year, (found = { daysOff: [], workingWeekendDays: [] }));
    return found;
  };
  for (const date of Object.keys(source.holidays)) entry(date).daysOff.push(date);
  for (const date of Object.keys(source.workdays)) entry(date).workingWeekendDays.push(date);
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => ({ year, daysOff: y.daysOff.sort(), workingWeekendDays: y.workingWeekendDays.sort() }));
}

const builtInYears = yearsOf(data);

/** The arrangements the package knows, by year. */
export const BUILT_IN_CALENDAR: WorkingDayCalendar = new Map(builtInYears.map((y) => [y.year, y] as const));

/** The first and last year of the built-in data (chinese-days 1.5.7: 2004 to 2026). */
export const BUILT_IN_YEARS = { first: builtInYears[0]!.year, last: builtInYears[builtInYears.length - 1]!.year } as const;
