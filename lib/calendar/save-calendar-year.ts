import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Administrator } from "@/lib/auth/actors";
import { calendarYearSchema, type CalendarYearInput, type CalendarYearValues } from "@/lib/schemas/calendar-year";
import { BUILT_IN_CALENDAR } from "./built-in-calendar";

// Any constant: the first key of the advisory lock that serialises saves of one year (the second
// key is the year), so the audit entry's "before" is the year as the save replaced it.
const CALENDAR_YEAR_LOCK = 7_356_017;

/**
 * An administrator enters a year of the working-day calendar, or corrects one (built-in or
 * entered): the year's lists are replaced whole, and the audit entry records them before and
 * after, in one transaction. Takes the parsed input (the action parses it with
 * calendarYearSchema); notice items already published keep the end they were given.
 */
export async function saveCalendarYear(prisma: PrismaClient, actor: Administrator, input: CalendarYearValues, now: Date = new Date()) {
  const { year, daysOff, workingWeekendDays } = input;
  const source = input.source ?? null;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CALENDAR_YEAR_LOCK}::int4, ${year}::int4)`;
    const entered = await tx.workingDayCalendarYear.findUnique({ where: { year } });
    const builtIn = BUILT_IN_CALENDAR.get(year);
    const before = entered
      ? { origin: "entered", daysOff: entered.daysOff, workingWeekendDays: entered.workingWeekendDays, source: entered.source }
      : builtIn
        ? { origin: "builtIn", daysOff: [...builtIn.daysOff], workingWeekendDays: [...builtIn.workingWeekendDays] }
        : null;
    const data = { daysOff, workingWeekendDays, source, enteredById: actor.id, enteredAt: now };
    const row = await tx.workingDayCalendarYear.upsert({ where: { year }, create: { year, ...data }, update: data });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "calendar.save-year",
      targetType: "WorkingDayCalendarYear",
      targetId: String(year),
      result: "success",
      details: { year, before, after: { daysOff, workingWeekendDays, source } },
    });
    return row;
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then saves. */
export async function saveCalendarYearFromInput(prisma: PrismaClient, actor: Administrator, input: CalendarYearInput, now?: Date) {
  return saveCalendarYear(prisma, actor, calendarYearSchema.parse(input), now);
}
