import { DomainError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";

/**
 * A notice period would reach `year`, whose working-day calendar nobody has entered, so the
 * operation that would have published it was refused whole (the reviewer sees
 * "calendarYearMissing"). `emails` are the mails of the administrators' notification, written
 * after the refusal (report-missing-calendar-year.ts), for the action to queue.
 */
export class CalendarYearMissingError extends DomainError {
  emails: EmailJob[] = [];

  constructor(readonly year: number) {
    super("calendarYearMissing", undefined, { year });
    this.name = "CalendarYearMissingError";
  }
}
