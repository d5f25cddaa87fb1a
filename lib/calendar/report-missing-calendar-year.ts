import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyUsers, RECIPIENT_SELECT } from "@/lib/notifications/notify-users";
import { CalendarYearMissingError } from "./calendar-year-missing-error";

export const CALENDAR_YEAR_MISSING = "calendarYearMissing";

/**
 * Tells every active administrator, in the inbox (and by mail: the kind has no switch), that
 * `year` must be entered on /admin/calendar. In a transaction of its own: the refused approval
 * rolled back its own. An administrator who still has an unread message about the same year
 * gets no second one, however often reviewers try again.
 */
export async function reportMissingCalendarYear(prisma: PrismaClient, year: number): Promise<EmailJob[]> {
  return prisma.$transaction(async (tx) => {
    const administrators = await tx.user.findMany({
      where: {
        role: "ADMINISTRATOR",
        disabledAt: null,
        notifications: { none: { kind: CALENDAR_YEAR_MISSING, readAt: null, params: { path: ["year"], equals: String(year) } } },
      },
      select: RECIPIENT_SELECT,
      orderBy: { createdAt: "asc" },
    });
    return notifyUsers(tx, administrators, CALENDAR_YEAR_MISSING, { year: String(year) }, `/admin/calendar?year=${year}`);
  });
}

/**
 * Runs an operation that may publish to the notice. When it was refused because a period would
 * reach an unknown year, the administrators are told which year, and the refusal goes on to the
 * caller with the mails to queue. A failure to tell them is logged and never hides the refusal.
 */
export async function reportingMissingCalendarYear<T>(prisma: PrismaClient, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CalendarYearMissingError) {
      try {
        error.emails = await reportMissingCalendarYear(prisma, error.year);
      } catch (reportError) {
        console.error("could not tell the administrators of a missing calendar year", error.year, reportError instanceof Error ? reportError.message : reportError);
      }
    }
    throw error;
  }
}
