// Notice periods in working days (Monday to Friday) on the China Standard Time calendar.
// Decision: public holidays and the weekend days worked in their place (调休) are NOT modelled:
// the portal has no holiday calendar, so a period over a holiday ends earlier than the bureau's
// calendar would say. The publication day itself never counts.

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a notice published at `publishedAt` ends: midnight (CST) after the `workingDays`-th
 * Monday-to-Friday day following the publication day.
 */
export function noticeEndsAt(publishedAt: Date, workingDays: number): Date {
  if (!Number.isSafeInteger(workingDays) || workingDays < 1) throw new RangeError("workingDays must be a positive integer");
  // Midnight CST of the publication day, as a UTC instant.
  let day = Math.floor((publishedAt.getTime() + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
  let counted = 0;
  while (counted < workingDays) {
    day += DAY_MS;
    const weekday = new Date(day + CST_OFFSET_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted++;
  }
  return new Date(day + DAY_MS);
}

/** The status a notice item really has now: a period that has run out has ended, with or without a job to record it. */
export function effectiveNoticeStatus<S extends string>(item: { status: S; endsAt: Date }, now: Date): S | "ENDED" {
  return item.status === "IN_NOTICE" && item.endsAt.getTime() <= now.getTime() ? "ENDED" : item.status;
}

/** What the public page shows for a trainee: the family name and the last character, e.g. 李* or 张*伟. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join("") + "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
