// The public notice's period (公示期): counted in working days of China's official calendar from
// the day after publication (lib/calendar), and ending at midnight China Standard Time after its
// last working day.
import { chinaDateOf, dayNumberOf } from "@/lib/calendar/calendar-dates";
import { addWorkingDays, type WorkingDayCalendar } from "@/lib/calendar/working-days";

// China Standard Time (UTC+8, no daylight saving): midnight CST as a UTC instant.
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a notice published at `publishedAt` ends: midnight (CST) after the `workingDays`-th working
 * day following the publication day, under `calendar` (the built-in one when none is given).
 * Throws CalendarYearUnknownError when the period would reach a year the calendar does not know.
 */
export function noticeEndsAt(publishedAt: Date, workingDays: number, calendar?: WorkingDayCalendar): Date {
  if (!Number.isSafeInteger(workingDays) || workingDays < 1) throw new RangeError("workingDays must be a positive integer");
  const lastDay = dayNumberOf(addWorkingDays(chinaDateOf(publishedAt), workingDays, calendar))!;
  return new Date((lastDay + 1) * DAY_MS - CST_OFFSET_MS);
}

/** The status a notice item really has now: a period that has run out has ended, with or without a job to record it. */
export function effectiveNoticeStatus<S extends string>(item: { status: S; endsAt: Date }, now: Date): S | "ENDED" {
  return item.status === "IN_NOTICE" && item.endsAt.getTime() <= now.getTime() ? "ENDED" : item.status;
}
