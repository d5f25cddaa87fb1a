// The working-day calendar an administrator enters (lib/calendar) and what an approval does with
// it: a year saved whole with its audit entry or not at all, a stored year replacing the built-in
// one, and an approval whose notice would reach an unknown year refused whole, with the
// administrators told which year to enter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Administrator } from "@/lib/auth/actors";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { CalendarYearMissingError } from "@/lib/calendar/calendar-year-missing-error";
import { loadWorkingDayCalendar } from "@/lib/calendar/load-working-day-calendar";
import { getCalendarYear, listCalendarYears } from "@/lib/calendar/list-calendar-years";
import { saveCalendarYearFromInput } from "@/lib/calendar/save-calendar-year";
import { addWorkingDays, isWorkingDay } from "@/lib/calendar/working-days";
import { approveClaim } from "@/lib/review/approve-claim";
import { secondApproveClaim } from "@/lib/review/second-approve-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createStaff } from "@/prisma/seed/factories";
import { reviewer, submittedOffshoreClaim } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

// Years nobody enters in these tests: after the built-in data and after the placeholder rows the
// review fixtures add for the real date (this year and next).
const FAR = new Date().getUTCFullYear() + 10;

describe.each(DATABASE_KINDS)("working-day calendar on %s", (kind) => {
  let db: TestDatabase;
  let admin: Administrator;
  let secondAdmin: Administrator;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const a = await createStaff(db.prisma, { email: `calendar-admin-${Date.now()}@bureau.test`, name: "历管理", role: "ADMINISTRATOR" });
    const b = await createStaff(db.prisma, { email: `calendar-admin2-${Date.now()}@bureau.test`, name: "历复核", role: "ADMINISTRATOR" });
    admin = { id: a.id, role: "ADMINISTRATOR", cityId: a.cityId! };
    secondAdmin = { id: b.id, role: "ADMINISTRATOR", cityId: b.cityId! };
  });
  afterAll(async () => db?.close());

  const rowOf = (year: number) => db.prisma.workingDayCalendarYear.findUnique({ where: { year } });
  const auditOf = (year: number) => db.prisma.auditEntry.findMany({ where: { action: "calendar.save-year", targetId: String(year) }, orderBy: { seq: "asc" } });

  it("saves a new year with its audit entry, and counts with it", async () => {
    const year = FAR;
    await saveCalendarYearFromInput(db.prisma, admin, {
      year: String(year),
      daysOff: `${year}-01-01\n${year}-10-01, ${year}-10-02`,
      workingWeekendDays: "",
      source: "国办发明电（测试）",
    });
    expect(await rowOf(year)).toMatchObject({ daysOff: [`${year}-01-01`, `${year}-10-01`, `${year}-10-02`], workingWeekendDays: [], source: "国办发明电（测试）", enteredById: admin.id });
    const [entry] = await auditOf(year);
    expect(entry).toMatchObject({ actorId: admin.id, actorRole: "ADMINISTRATOR", targetType: "WorkingDayCalendarYear", result: "success" });
    expect(entry!.details).toEqual({ year, before: null, after: { daysOff: [`${year}-01-01`, `${year}-10-01`, `${year}-10-02`], workingWeekendDays: [], source: "国办发明电（测试）" } });
    const calendar = await loadWorkingDayCalendar(db.prisma);
    expect([`${year}-01-01`, `${year}-10-01`, `${year}-10-02`].map((d) => isWorkingDay(d, calendar))).toEqual([false, false, false]);
    expect((await listCalendarYears(db.prisma)).years.find((y) => y.year === year)).toMatchObject({ origin: "entered", enteredByName: "历管理", replacesBuiltIn: false });
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
  });

  it("refuses bad input next to its field and saves nothing, not even in part", async () => {
    const year = FAR + 1;
    const base = { year, daysOff: `${year}-10-01`, workingWeekendDays: "" };
    const attempts = [
      { input: { daysOff: `${year}-01-01\n${year}-01-01` }, field: "daysOff", message: `calendarDateTwice?date=${year}-01-01` },
      { input: { daysOff: `${year}-01-01\n${year - 1}-12-31` }, field: "daysOff", message: `calendarDateOutsideYear?date=${year - 1}-12-31&year=${year}` },
      { input: { daysOff: `${year}-02-30` }, field: "daysOff", message: `calendarDateFormat?date=${year}-02-30` },
      { input: { daysOff: "" }, field: "daysOff", message: "calendarNoDaysOff" },
      { input: { workingWeekendDays: `${year + 1}-01-03` }, field: "workingWeekendDays", message: `calendarDateOutsideYear?date=${year + 1}-01-03&year=${year}` },
    ];
    for (const { input, field, message } of attempts) {
      const error = await saveCalendarYearFromInput(db.prisma, admin, { ...base, ...input }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(z.core.$ZodError);
      expect((error as z.core.$ZodError).issues.map((i) => [i.path.join("."), i.message])).toEqual([[field, message]]);
    }
    // A weekday listed as worked, and a weekend day listed both ways.
    const weekday = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    const days = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(year, 0, 5 + i)).toISOString().slice(0, 10));
    const monday = days.find(weekday)!;
    const saturday = days.find((d) => !weekday(d))!;
    for (const [input, message] of [
      [{ workingWeekendDays: monday }, `calendarWorkingDayNotWeekend?date=${monday}`],
      [{ daysOff: `${year}-10-01\n${saturday}`, workingWeekendDays: saturday }, `calendarDateOffAndWorked?date=${saturday}`],
    ] as const) {
      const error = await saveCalendarYearFromInput(db.prisma, admin, { ...base, ...input }).catch((e: unknown) => e);
      expect((error as z.core.$ZodError).issues.map((i) => [i.path.join("."), i.message])).toEqual([["workingWeekendDays", message]]);
    }
    expect(await rowOf(year)).toBeNull();
    expect(await auditOf(year)).toEqual([]);
    // Nor can a row written past the save be an empty (weekend-only) year, or a year out of range.
    const row = { daysOff: [`${year}-10-01`], workingWeekendDays: [], enteredById: admin.id, enteredAt: new Date() };
    await expect(db.prisma.workingDayCalendarYear.create({ data: { ...row, year, daysOff: [] } })).rejects.toThrow();
    await expect(db.prisma.workingDayCalendarYear.create({ data: { ...row, year: 1999 } })).rejects.toThrow();
    expect(await rowOf(year)).toBeNull();
  });

  it("a stored year replaces the built-in one whole; the audit entry keeps both lists", async () => {
    const builtIn = await getCalendarYear(db.prisma, 2025);
    expect(builtIn?.origin).toBe("builtIn");
    expect(addWorkingDays("2025-09-30", 1, await loadWorkingDayCalendar(db.prisma))).toBe("2025-10-09");
    // A correction that (for the test) gives only two days off in October and works Saturday 4 October.
    await saveCalendarYearFromInput(db.prisma, admin, { year: 2025, daysOff: "2025-10-01\n2025-10-02", workingWeekendDays: "2025-10-04" });
    const corrected = await loadWorkingDayCalendar(db.prisma);
    expect(addWorkingDays("2025-09-30", 1, corrected)).toBe("2025-10-03");
    expect(addWorkingDays("2025-09-30", 2, corrected)).toBe("2025-10-04");
    expect(addWorkingDays("2025-09-26", 1, corrected)).toBe("2025-09-29");
    const [entry] = await auditOf(2025);
    expect(entry!.details).toMatchObject({
      before: { origin: "builtIn", daysOff: builtIn!.daysOff, workingWeekendDays: builtIn!.workingWeekendDays },
      after: { daysOff: ["2025-10-01", "2025-10-02"], workingWeekendDays: ["2025-10-04"], source: null },
    });
    // Corrected again by another administrator: the entry before is the stored one.
    await saveCalendarYearFromInput(db.prisma, secondAdmin, { year: 2025, daysOff: builtIn!.daysOff.join("\n"), workingWeekendDays: builtIn!.workingWeekendDays.join("\n") });
    const entries = await auditOf(2025);
    expect(entries).toHaveLength(2);
    expect(entries[1]!.details).toMatchObject({ before: { origin: "entered", daysOff: ["2025-10-01", "2025-10-02"] }, after: { daysOff: builtIn!.daysOff } });
    expect((await rowOf(2025))!.enteredById).toBe(secondAdmin.id);
    expect((await listCalendarYears(db.prisma)).years.find((y) => y.year === 2025)).toMatchObject({ origin: "entered", replacesBuiltIn: true, enteredByName: "历复核" });
    expect(addWorkingDays("2025-09-30", 1, await loadWorkingDayCalendar(db.prisma))).toBe("2025-10-09");
  });

  it("refuses an approval whose notice would reach an unknown year, whole, and tells every administrator once", async () => {
    const year = FAR + 2;
    const at = new Date(`${year - 1}-12-30T02:00:00Z`);
    // The year the period starts in is known; the next one is not.
    await saveCalendarYearFromInput(db.prisma, admin, { year: year - 1, daysOff: `${year - 1}-10-01`, workingWeekendDays: "" });
    const r = await reviewer(db.prisma);
    const { claim } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const error = await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, at).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalendarYearMissingError);
    expect(error).toMatchObject({ code: "calendarYearMissing", year });
    // Nothing of the approval is left: the claim as it was, no grant, no notice item, no decision.
    expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "SUBMITTED", version: claim.version, grantedFen: null });
    expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
    expect(await db.prisma.noticeItem.count({ where: { ledgerEntry: { offshoreClaimId: claim.id } } })).toBe(0);
    expect(await db.prisma.reviewDecision.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
    // Both administrators are told, in the inbox, with the year and the page to enter it on.
    const told = await db.prisma.notification.findMany({ where: { kind: "calendarYearMissing" }, orderBy: { createdAt: "asc" } });
    expect(told.map((n) => n.userId).sort()).toEqual([admin.id, secondAdmin.id].sort());
    expect(told[0]).toMatchObject({ params: { year: String(year) }, href: `/admin/calendar?year=${year}` });
    expect((error as CalendarYearMissingError).emails.map((e) => e.template)).toEqual(["calendarYearMissing", "calendarYearMissing"]);

    // Trying again tells nobody twice while the message is unread.
    await expect(approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, at)).rejects.toMatchObject({ code: "calendarYearMissing" });
    expect(await db.prisma.notification.count({ where: { kind: "calendarYearMissing" } })).toBe(2);

    // Entered: the same approval goes through, and the notice ends in the new year.
    await saveCalendarYearFromInput(db.prisma, admin, { year, daysOff: `${year}-01-01`, workingWeekendDays: "" });
    const outcome = await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, at);
    expect(outcome.status).toBe("IN_NOTICE");
    const item = await db.prisma.noticeItem.findFirstOrThrow({ where: { ledgerEntry: { offshoreClaimId: claim.id } } });
    const lastDay = addWorkingDays(`${year - 1}-12-30`, 5, await loadWorkingDayCalendar(db.prisma));
    expect(lastDay.startsWith(String(year))).toBe(true);
    expect(item.endsAt.toISOString()).toBe(new Date(`${lastDay}T16:00:00Z`).toISOString());
  });

  it("refuses the second approval of a four-eyes claim the same way", async () => {
    const year = FAR + 4;
    const at = new Date(`${year - 1}-12-31T02:00:00Z`);
    await saveCalendarYearFromInput(db.prisma, admin, { year: year - 1, daysOff: `${year - 1}-10-01`, workingWeekendDays: "" });
    const first = await reviewer(db.prisma);
    const second = await reviewer(db.prisma);
    const { claim } = await submittedOffshoreClaim(db.prisma, "3000000.00");
    // The first approval publishes nothing, so the calendar is not needed yet.
    expect((await approveClaim(db.prisma, first, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, at)).status).toBe("AWAITING_SECOND_APPROVAL");
    const waiting = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    await expect(secondApproveClaim(db.prisma, second, { kind: "OFFSHORE", claimId: claim.id, version: waiting.version }, at)).rejects.toMatchObject({ code: "calendarYearMissing", year });
    expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "AWAITING_SECOND_APPROVAL", version: waiting.version });
    expect(await db.prisma.ledgerEntry.count({ where: { offshoreClaimId: claim.id } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { kind: "calendarYearMissing", params: { path: ["year"], equals: String(year) } } })).toBe(2);
  });
});
