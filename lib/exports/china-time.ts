import { todayInChina } from "@/lib/eligibility";

/** Every time an export writes is China Standard Time (UTC+8 all year, no daylight saving). */
export const CHINA_TIME_ZONE = "Asia/Shanghai";
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The moment's wall-clock reading in China as a Date whose UTC fields carry it. A spreadsheet
 * date has no time zone: exceljs writes a Date's UTC reading, so this makes the cell show the
 * China time whatever zone the server or the reader's computer is in.
 */
export function chinaWallClock(at: Date): Date {
  return new Date(at.getTime() + CHINA_OFFSET_MS);
}

/** "2026-12-07 14:03:05": the moment in China, sortable, the same in both languages. */
export function chinaDateTimeText(at: Date): string {
  return chinaWallClock(at).toISOString().slice(0, 19).replace("T", " ");
}

/** The China calendar day of a moment, for file names ("2026-12-07"). */
export function chinaDay(at: Date): string {
  return todayInChina(at.getTime());
}
