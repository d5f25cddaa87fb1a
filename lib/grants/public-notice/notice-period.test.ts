import { describe, expect, it } from "vitest";
import { CalendarYearUnknownError } from "@/lib/calendar/working-days";
import { effectiveNoticeStatus, noticeEndsAt } from "./notice-period";

describe("notice period in working days", () => {
  it("skips the publication day and the weekend", () => {
    // Wednesday 25 Nov 2026, 10:00 CST → Thu, Fri, Mon, Tue, Wed 2 Dec → ends at midnight CST of 3 Dec.
    expect(noticeEndsAt(new Date("2026-11-25T02:00:00Z"), 5).toISOString()).toBe("2026-12-02T16:00:00.000Z");
  });
  it("uses the China calendar day, not UTC", () => {
    // 23:30 CST on Friday 27 Nov is still Friday in China (15:30 UTC): next working day is Monday.
    expect(noticeEndsAt(new Date("2026-11-27T15:30:00Z"), 1).toISOString()).toBe("2026-11-30T16:00:00.000Z");
    // 00:30 CST on Saturday 28 Nov is Friday in UTC: still Monday.
    expect(noticeEndsAt(new Date("2026-11-27T16:30:00Z"), 1).toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });
  it("publication on a Saturday starts counting on Monday", () => {
    expect(noticeEndsAt(new Date("2026-11-28T04:00:00Z"), 5).toISOString()).toBe("2026-12-04T16:00:00.000Z");
  });
  it("runs over the National Day holiday and counts the Saturday worked after it", () => {
    // Tuesday 29 Sep 2026: Wed 30 Sep, (1–7 Oct off), Thu 8, Fri 9, Sat 10 (worked), Mon 12 → ends at midnight CST of 13 Oct.
    expect(noticeEndsAt(new Date("2026-09-29T02:00:00Z"), 5).toISOString()).toBe("2026-10-12T16:00:00.000Z");
  });
  it("refuses a period that reaches a year whose calendar is unknown", () => {
    expect(() => noticeEndsAt(new Date("2026-12-28T02:00:00Z"), 5)).toThrow(CalendarYearUnknownError);
  });
  it("refuses a non-positive period", () => {
    expect(() => noticeEndsAt(new Date(), 0)).toThrow(RangeError);
  });
  it("treats a run-out period as ended", () => {
    const endsAt = new Date("2026-12-02T16:00:00Z");
    expect(effectiveNoticeStatus({ status: "IN_NOTICE", endsAt }, new Date("2026-12-02T15:59:59Z"))).toBe("IN_NOTICE");
    expect(effectiveNoticeStatus({ status: "IN_NOTICE", endsAt }, new Date("2026-12-02T16:00:00Z"))).toBe("ENDED");
    expect(effectiveNoticeStatus({ status: "OBJECTED", endsAt }, new Date("2027-01-01T00:00:00Z"))).toBe("OBJECTED");
  });
});
