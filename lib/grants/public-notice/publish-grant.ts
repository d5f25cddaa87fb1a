import type { Prisma } from "@/lib/generated/prisma/client";
import { CalendarYearMissingError } from "@/lib/calendar/calendar-year-missing-error";
import { loadWorkingDayCalendar } from "@/lib/calendar/load-working-day-calendar";
import { CalendarYearUnknownError, type WorkingDayCalendar } from "@/lib/calendar/working-days";
import { noticeEndsAt } from "./notice-period";

export interface GrantToPublish {
  /** The city whose public notice lists it (the claim's). */
  cityId: string;
  ledgerEntryId: string;
  publicName: string;
  amountFen: number;
  noticePeriodWorkingDays: number;
}

/**
 * The notice item of a grant, ending after the period counted on the calendar in force (built-in
 * and entered years). A period that would reach a year nobody entered refuses the whole approval
 * (CalendarYearMissingError): never a guessed end, never a grant without its notice.
 */
function noticeItem(grant: GrantToPublish, now: Date, calendar: WorkingDayCalendar) {
  let endsAt: Date;
  try {
    endsAt = noticeEndsAt(now, grant.noticePeriodWorkingDays, calendar);
  } catch (error) {
    if (error instanceof CalendarYearUnknownError) throw new CalendarYearMissingError(error.year);
    throw error;
  }
  return { cityId: grant.cityId, ledgerEntryId: grant.ledgerEntryId, publicName: grant.publicName, amountFen: grant.amountFen, publishedAt: now, endsAt };
}

/** Puts an approved grant on the public notice (公示) for the policy's notice period, inside the approval's transaction. */
export async function publishGrant(tx: Prisma.TransactionClient, grant: GrantToPublish, now: Date) {
  const calendar = await loadWorkingDayCalendar(tx);
  return tx.noticeItem.create({ data: noticeItem(grant, now, calendar) });
}

/** The same for all the grants of one approval, in one statement. */
export async function publishGrants(tx: Prisma.TransactionClient, grants: GrantToPublish[], now: Date): Promise<void> {
  if (grants.length === 0) return;
  const calendar = await loadWorkingDayCalendar(tx);
  await tx.noticeItem.createMany({ data: grants.map((g) => noticeItem(g, now, calendar)) });
}
