import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { approveClaim } from "@/lib/review/approve-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { reviewer, submittedOffshoreClaim } from "./review-fixtures";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { createStaff, staffActor } from "@/prisma/seed/factories";
import { ensureSecondCity, SECOND_CITY } from "@/prisma/seed/second-city";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

/** Today and yesterday as China calendar days (the filter's days are China's). */
function chinaDay(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe.each(DATABASE_KINDS)("the audit page's listing on %s", (kind) => {
  let db: TestDatabase;
  let approved: Awaited<ReturnType<typeof submittedOffshoreClaim>>;
  let other: Awaited<ReturnType<typeof submittedOffshoreClaim>>;
  let approver: Awaited<ReturnType<typeof reviewer>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    approver = await reviewer(db.prisma);
    approved = await submittedOffshoreClaim(db.prisma, "300000.00");
    other = await submittedOffshoreClaim(db.prisma, "400000.00");
    await approveClaim(db.prisma, approver, { kind: "OFFSHORE", claimId: approved.claim.id, version: approved.claim.version });
  });
  afterAll(async () => db?.close());

  const list = (query: Record<string, string>, pageSize?: number, cityId = "nanchang") => listAuditEntries(db.prisma, parseAuditFilter(query).filter, cityId, pageSize);


  it("filters by action and names the target by claim number and the actor by name", async () => {
    const { rows, total } = await list({ action: "review.approve" });
    expect(total).toBe(1);
    const approverName = (await db.prisma.user.findUniqueOrThrow({ where: { id: approver.id } })).name;
    expect(rows[0]).toMatchObject({ action: "review.approve", actorName: approverName, actorRole: "REVIEWER", targetType: "OffshoreClaim", targetLabel: approved.claim.claimNo });
    // The raw record is there for the disclosure, the whole row.
    expect(rows[0]!.raw).toMatchObject({ action: "review.approve", targetId: approved.claim.id, hash: expect.any(String) });
  });

  it("filters by target (claim number), by actor (name or e-mail) and by China days", async () => {
    const byTarget = await list({ target: other.claim.claimNo });
    expect(byTarget.total).toBeGreaterThan(0);
    expect(byTarget.rows.every((r) => r.targetId === other.claim.id)).toBe(true);

    const approverUser = await db.prisma.user.findUniqueOrThrow({ where: { id: approver.id } });
    const byActor = await list({ actor: approverUser.email.toUpperCase() });
    expect(byActor.total).toBeGreaterThan(0);
    expect(byActor.rows.every((r) => r.actorName === approverUser.name)).toBe(true);
    expect(byActor.rows.map((r) => r.action)).toContain("review.approve");

    expect((await list({ action: "review.approve", from: chinaDay(), to: chinaDay() })).total).toBe(1);
    expect((await list({ action: "review.approve", to: chinaDay(-1) })).total).toBe(0);
    expect((await list({ action: "review.approve", from: chinaDay(1) })).total).toBe(0);
    // Nothing matches a target no record has.
    expect((await list({ target: "no-such-claim-XYZ" })).total).toBe(0);
  });

  it("pages newest first and clamps a page past the end to the last page", async () => {
    const all = await db.prisma.auditEntry.count({ where: { cityId: "nanchang" } });
    const first = await list({}, 2);
    expect(first.pageCount).toBe(Math.ceil(all / 2));
    expect(first.rows).toHaveLength(2);
    expect(first.rows[0]!.seq > first.rows[1]!.seq).toBe(true);
    const clamped = await list({ page: "999999" }, 2);
    expect(clamped.page).toBe(first.pageCount);
    expect(clamped.rows.length).toBeGreaterThan(0);
    const second = await list({ page: "2" }, 2);
    expect(second.rows[0]!.seq < first.rows[1]!.seq).toBe(true);
  });

  it("reports bad query values next to their field and ignores them", () => {
    const { filter, errors } = parseAuditFilter({ action: "drop.table", from: "2026-13-45", to: "yesterday", page: "-3", actor: "x".repeat(101) });
    expect(errors).toEqual({ action: "invalid", from: "invalid", to: "invalid", page: "invalid", actor: "tooLong" });
    expect(filter).toEqual({ page: 1 });
    expect(parseAuditFilter({ from: "2026-12-02", to: "2026-12-01" }).errors).toEqual({ to: "invalid" });
  });

  it("shows each city's administrators their own city's entries: what another city's staff did is not in this log", async () => {
    await ensureSecondCity(db.prisma);
    const changshaReviewer = staffActor(await createStaff(db.prisma, { email: `cs-audit-${crypto.randomUUID()}@bureau.test`, name: "长沙审核员甲", role: "REVIEWER", cityId: SECOND_CITY.id }));
    await db.prisma.$transaction((tx) => appendAuditEntry(tx, { actorId: changshaReviewer.id, actorRole: "REVIEWER", action: "review.assign", targetType: "OffshoreClaim", targetId: crypto.randomUUID(), result: "success" }));
    const inChangsha = await list({ action: "review.assign" }, undefined, SECOND_CITY.id);
    expect(inChangsha.rows.map((r) => r.actorName)).toEqual(["长沙审核员甲"]);
    const inNanchang = await list({ action: "review.assign" });
    expect(inNanchang.rows.map((r) => r.actorName)).not.toContain("长沙审核员甲");
    // An entry without an actor (a job, a member of the public) is in its target's city's log…
    await db.prisma.$transaction((tx) => appendAuditEntry(tx, { action: "notice.public-objection", targetType: "OffshoreClaim", targetId: other.claim.id, result: "success" }));
    expect((await list({ action: "notice.public-objection" })).total).toBe(1);
    expect((await list({ action: "notice.public-objection" }, undefined, SECOND_CITY.id)).total).toBe(0);
    // …and one that names no city (its target unknown) is in neither: nothing says it is theirs.
    await db.prisma.$transaction((tx) => appendAuditEntry(tx, { action: "notice.dismiss-public-objection", targetType: "NoticeItem", targetId: crypto.randomUUID(), result: "success" }));
    expect((await list({ action: "notice.dismiss-public-objection" })).total).toBe(0);
    expect((await list({ action: "notice.dismiss-public-objection" }, undefined, SECOND_CITY.id)).total).toBe(0);
    // Nanchang's own entries are still there, and Changsha does not see them.
    expect((await list({ action: "review.approve" })).total).toBe(1);
    expect((await list({ action: "review.approve" }, undefined, SECOND_CITY.id)).total).toBe(0);
  });
});
