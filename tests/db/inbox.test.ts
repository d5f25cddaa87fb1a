import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { remindPendingConfirmations } from "@/lib/employment/remind-pending-confirmations";
import { updateEmploymentContractFromInput } from "@/lib/employment/update-employment-contract";
import { NotFoundError } from "@/lib/errors/domain-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createJobQueue } from "@/lib/jobs/job-queue";
import { enqueueEmail } from "@/lib/notifications/mail/enqueue-email";
import { EMAIL_QUEUE, ensureEmailQueue } from "@/lib/jobs/email-queue";
import { recordObjectionFromInput } from "@/lib/grants/public-notice/record-objection";
import { listInbox } from "@/lib/notifications/list-inbox";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import { setMailPreferences } from "@/lib/notifications/set-mail-preferences";
import { submitOffshoreClaimFromInput } from "@/lib/offshore-claims/submit-offshore-claim";
import { approveClaim } from "@/lib/review/approve-claim";
import { assignClaimToReviewer } from "@/lib/review/assign-claim-to-reviewer";
import { declareConflictFromInput } from "@/lib/review/declare-conflict";
import { rejectClaim } from "@/lib/review/reject-claim";
import { requestClaimChanges } from "@/lib/review/request-claim-changes";
import { institutionWorld, qualifyingTrainee } from "./institution-helpers";
import { reviewer, submittedOffshoreClaim } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

let memberCounter = 0;
/** A second (or third) member of an organisation, in the given language. */
async function addMember(prisma: PrismaClient, organisationId: string, options: { locale?: string; disabled?: boolean } = {}) {
  const n = ++memberCounter;
  const org = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { kind: true } });
  return prisma.user.create({
    data: {
      email: `member${n}-${Date.now()}@example.test`,
      name: `成员${n}`,
      passwordHash: "not-used",
      role: org.kind === "ENTERPRISE" ? "ENTERPRISE_MEMBER" : "INSTITUTION_MEMBER",
      organisationId,
      locale: options.locale ?? "zh-CN",
      disabledAt: options.disabled ? new Date() : null,
    },
  });
}

const inboxOf = (prisma: PrismaClient, userId: string, kind?: string) => prisma.notification.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

describe.each(DATABASE_KINDS)("inbox and mail preferences on %s", (kind) => {
  let db: TestDatabase;
  let boss: PgBoss;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    boss = createJobQueue(db);
    await boss.start();
    await ensureEmailQueue(boss);
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true, close: false });
    await db?.close();
  });

  it("a decision writes one inbox item per active member, linking to the claim, and returns one mail each in the member's language", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const english = await addMember(db.prisma, enterprise.organisation.id, { locale: "en" });
    const disabled = await addMember(db.prisma, enterprise.organisation.id, { disabled: true });
    const { emails } = await requestClaimChanges(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, reason: "请补充外汇收汇凭证", lineComments: [] });
    expect(emails.map((e) => [e.to, e.locale]).sort()).toEqual([[enterprise.user.email, "zh-CN"], [english.email, "en"]].sort());
    for (const user of [enterprise.user, english]) {
      const items = await inboxOf(db.prisma, user.id, "claimChangesRequested");
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ organisationId: enterprise.organisation.id, href: `/enterprise/claims/${claim.id}`, readAt: null, params: { claimNo: claim.claimNo, reason: "请补充外汇收汇凭证" } });
    }
    expect(await inboxOf(db.prisma, disabled.id)).toHaveLength(0);
  });

  it("writes the inbox items and the mail jobs in one transaction: both or neither", async () => {
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "250000.00");
    await addMember(db.prisma, enterprise.organisation.id);
    const queued = () => boss.getQueueSize(EMAIL_QUEUE);
    const before = await queued();
    await expect(
      db.prisma.$transaction(async (tx) => {
        for (const email of await notifyOrganisation(tx, enterprise.organisation.id, "claimPublished", { claimNo: claim.claimNo, amount: "¥50,000.00" })) await enqueueEmail(email, tx, boss);
        throw new Error("the decision failed");
      }),
    ).rejects.toThrow("the decision failed");
    expect(await db.prisma.notification.count({ where: { organisationId: enterprise.organisation.id, kind: "claimPublished" } })).toBe(0);
    expect(await queued()).toBe(before);
    await db.prisma.$transaction(async (tx) => {
      for (const email of await notifyOrganisation(tx, enterprise.organisation.id, "claimPublished", { claimNo: claim.claimNo, amount: "¥50,000.00" })) await enqueueEmail(email, tx, boss);
    });
    expect(await db.prisma.notification.count({ where: { organisationId: enterprise.organisation.id, kind: "claimPublished" } })).toBe(2);
    expect(await queued()).toBe(before + 2);
  });

  it("a kind of mail turned off queues no mail for that person but still writes the inbox item", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const other = await addMember(db.prisma, enterprise.organisation.id);
    await setMailPreferences(db.prisma, enterprise.user.id, { mutedMailKinds: ["claimPublished"] });
    const outcome = await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version });
    const published = outcome.emails.filter((e) => e.template === "claimPublished").map((e) => e.to);
    expect(published).toEqual([other.email]);
    // The approval itself is mandatory: both members are mailed.
    expect(outcome.emails.filter((e) => e.template === "claimApproved").map((e) => e.to).sort()).toEqual([enterprise.user.email, other.email].sort());
    expect(await inboxOf(db.prisma, enterprise.user.id, "claimPublished")).toHaveLength(1);
    expect(await inboxOf(db.prisma, other.id, "claimPublished")).toHaveLength(1);
  });

  it("a mandatory kind cannot be turned off", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const saved = await setMailPreferences(db.prisma, enterprise.user.id, { mutedMailKinds: ["claimRejected", "claimPaid", "claimPublished", "invented"] });
    expect(saved.mutedMailKinds).toEqual(["claimPublished"]);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: enterprise.user.id } })).mutedMailKinds).toEqual(["claimPublished"]);
    // Even if a muted mandatory kind were stored (by hand, an old release), it is still mailed.
    await db.prisma.user.update({ where: { id: enterprise.user.id }, data: { mutedMailKinds: ["claimRejected"] } });
    const { emails } = await rejectClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version, reason: "不符合条件" });
    expect(emails.map((e) => e.to)).toEqual([enterprise.user.email]);
  });

  it("mark read and mark all read touch only the caller's own items; another person's item is not found", async () => {
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const colleague = await addMember(db.prisma, enterprise.organisation.id);
    await db.prisma.$transaction((tx) => notifyOrganisation(tx, enterprise.organisation.id, "claimPublished", { claimNo: claim.claimNo }));
    await db.prisma.$transaction((tx) => notifyOrganisation(tx, enterprise.organisation.id, "claimPaid", { claimNo: claim.claimNo, amount: "¥1.00" }));
    const [mine] = await inboxOf(db.prisma, enterprise.user.id, "claimPublished");
    const [theirs] = await inboxOf(db.prisma, colleague.id, "claimPublished");
    await expect(markNotificationRead(db.prisma, enterprise.user.id, { notificationId: theirs!.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: theirs!.id } })).readAt).toBeNull();
    expect(await markNotificationRead(db.prisma, enterprise.user.id, { notificationId: mine!.id })).toEqual({ href: `/enterprise/claims/${claim.id}` });
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: mine!.id } })).readAt).not.toBeNull();
    expect(await markAllNotificationsRead(db.prisma, enterprise.user.id)).toEqual({ count: 1 });
    expect(await db.prisma.notification.count({ where: { userId: colleague.id, readAt: null } })).toBe(2);
  });

  it("lists the inbox newest first, paged, and clamps a page past the end to the last page", async () => {
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    for (let i = 0; i < 5; i++) await db.prisma.$transaction((tx) => notifyOrganisation(tx, enterprise.organisation.id, "claimPaid", { claimNo: claim.claimNo, amount: `¥${i}.00` }));
    const first = await listInbox(db.prisma, enterprise.user.id, 1, 2);
    expect(first).toMatchObject({ total: 5, unread: 5, page: 1, pageCount: 3 });
    expect(first.items.map((i) => i.params.amount)).toEqual(["¥4.00", "¥3.00"]);
    const past = await listInbox(db.prisma, enterprise.user.id, 99, 2);
    expect(past).toMatchObject({ page: 3, pageCount: 3 });
    expect(past.items.map((i) => i.params.amount)).toEqual(["¥0.00"]);
    expect((await listInbox(db.prisma, enterprise.user.id, -4, 2)).page).toBe(1);
  });

  it("tells every reviewer without a conflict of an unassigned submission, and only the assigned reviewer of a resubmission", async () => {
    const assignee = await reviewer(db.prisma);
    const conflicted = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    // The first submission (the fixture's) went to every reviewer there was; declare a conflict, then check the resubmission path.
    const reviewers = await db.prisma.user.findMany({ where: { role: "REVIEWER", disabledAt: null }, select: { id: true } });
    for (const { id } of reviewers) expect(await inboxOf(db.prisma, id, "claimSubmittedForReview").then((items) => items.filter((i) => (i.params as { claimNo: string }).claimNo === claim.claimNo))).toHaveLength(1);
    const submitted = (await inboxOf(db.prisma, assignee.id, "claimSubmittedForReview")).find((i) => (i.params as { claimNo: string }).claimNo === claim.claimNo);
    expect(submitted).toMatchObject({ href: `/review/claims/offshore/${claim.id}`, params: { audience: "unassigned" } });

    await declareConflictFromInput(db.prisma, conflicted, { organisationId: enterprise.organisation.id, reason: "亲属任职" });
    const second = await submittedOffshoreClaimOf(enterprise);
    expect(await inboxOf(db.prisma, conflicted.id, "claimSubmittedForReview").then((items) => items.some((i) => (i.params as { claimNo: string }).claimNo === second.claimNo))).toBe(false);
    expect(second.emails.map((e) => e.template)).toContain("claimSubmittedForReview");
    expect(second.emails.some((e) => e.to.startsWith(`reviewer`) && e.params.audience === "unassigned")).toBe(true);

    const assigned = await assignClaimToReviewer(db.prisma, assignee, { kind: "OFFSHORE", claimId: claim.id, version: claim.version });
    await requestClaimChanges(db.prisma, assignee, { kind: "OFFSHORE", claimId: claim.id, version: assigned.version, reason: "补充材料", lineComments: [] });
    const current = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    const resubmitted = await submitOffshoreClaimFromInput(db.prisma, enterprise.actor, { claimId: claim.id, version: current.version, declaration: true, submissionKey: crypto.randomUUID() });
    const assigneeEmail = (await db.prisma.user.findUniqueOrThrow({ where: { id: assignee.id } })).email;
    expect(resubmitted.emails).toEqual([{ to: assigneeEmail, template: "claimResubmittedForReview", params: { claimNo: claim.claimNo, audience: "assigned" }, locale: "zh-CN", cityId: "nanchang" }]);
    expect(await db.prisma.notification.count({ where: { kind: "claimResubmittedForReview", params: { path: ["claimNo"], equals: claim.claimNo } } })).toBe(1);
  });

  it("tells the employer of a contract to confirm, and reminds it once after the given number of days", async () => {
    const world = await institutionWorld(db.prisma);
    const employer = world.nanchangEnterprise;
    const colleague = await addMember(db.prisma, employer.organisation.id, { locale: "en" });
    const { contract, trainee } = await qualifyingTrainee(db.prisma, world.institution.actor, employer.organisation.id);
    expect(contract.emails.map((e) => e.to).sort()).toEqual([employer.user.email, colleague.email].sort());
    expect(contract.emails[0]).toMatchObject({ template: "contractConfirmationRequested", params: { institution: world.institution.organisation.nameZh, count: "1" } });
    expect(await inboxOf(db.prisma, colleague.id, "contractConfirmationRequested")).toMatchObject([{ href: "/enterprise/employment" }]);
    // An employer outside the portal gets nothing; the institution gets nothing.
    expect(await db.prisma.notification.count({ where: { userId: world.institution.user.id } })).toBe(0);

    const now = new Date();
    const queued = () => boss.getQueueSize(EMAIL_QUEUE);
    const before = await queued();
    // Six days: not yet.
    await db.prisma.employmentContract.update({ where: { id: contract.id }, data: { updatedAt: new Date(now.getTime() - 6 * 86_400_000) } });
    expect(await remindPendingConfirmations(db.prisma, boss, { days: 7, now })).toEqual({ employers: 0, contracts: 0 });
    await db.prisma.employmentContract.update({ where: { id: contract.id }, data: { updatedAt: new Date(now.getTime() - 8 * 86_400_000) } });
    expect(await remindPendingConfirmations(db.prisma, boss, { days: 7, now })).toEqual({ employers: 1, contracts: 1 });
    expect(await queued()).toBe(before + 2);
    expect(await inboxOf(db.prisma, employer.user.id, "contractConfirmationReminder")).toMatchObject([{ params: { count: "1", days: "7" }, href: "/enterprise/employment" }]);
    // A second run (another instance, a retried job) reminds nobody again.
    expect(await remindPendingConfirmations(db.prisma, boss, { days: 7, now: new Date(now.getTime() + 86_400_000) })).toEqual({ employers: 0, contracts: 0 });
    expect(await queued()).toBe(before + 2);
    expect(await db.prisma.notification.count({ where: { kind: "contractConfirmationReminder", organisationId: employer.organisation.id } })).toBe(2);

    // The institution edits the contract: the employer is asked again, told again, and the reminder clock restarts.
    const edited = await updateEmploymentContractFromInput(db.prisma, world.institution.actor, {
      contractId: contract.id, traineeId: trainee.id, employerKind: "REGISTERED", employerOrganisationId: employer.organisation.id,
      signedOn: "2024-07-26", startDate: "2024-08-01", endDate: "2026-07-31",
    });
    expect(edited.emails.map((e) => e.template)).toEqual(["contractConfirmationRequested", "contractConfirmationRequested"]);
    expect(edited.confirmationRemindedAt).toBeNull();
    expect(await inboxOf(db.prisma, employer.user.id, "contractConfirmationRequested")).toHaveLength(2);
    expect(await remindPendingConfirmations(db.prisma, boss, { days: 7 })).toEqual({ employers: 0, contracts: 0 });
  });

  it.runIf(kind === "postgres")("two instances running the reminder at once remind each employer once", async () => {
    const world = await institutionWorld(db.prisma);
    const { contract } = await qualifyingTrainee(db.prisma, world.institution.actor, world.nanchangEnterprise.organisation.id);
    const now = new Date();
    await db.prisma.employmentContract.update({ where: { id: contract.id }, data: { updatedAt: new Date(now.getTime() - 30 * 86_400_000) } });
    const runs = await Promise.all([1, 2, 3].map(() => remindPendingConfirmations(db.prisma, boss, { days: 7, now })));
    expect(runs.reduce((sum, r) => sum + r.contracts, 0)).toBe(1);
    expect(await db.prisma.notification.count({ where: { kind: "contractConfirmationReminder", organisationId: world.nanchangEnterprise.organisation.id } })).toBe(1);
  });

  it("tells the applicant when an objection holds one of its notice items", async () => {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, "300000.00");
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version });
    const item = await db.prisma.noticeItem.findFirstOrThrow({ where: { ledgerEntry: { offshoreClaimId: claim.id } } });
    const { emails } = await recordObjectionFromInput(db.prisma, r, { noticeItemId: item.id, objection: "该企业离岸合同存在疑问" });
    expect(emails).toEqual([{ to: enterprise.user.email, template: "noticeItemObjected", params: { claimNo: claim.claimNo, amount: "¥60,000.00" }, locale: "zh-CN", organisationId: enterprise.organisation.id }]);
    expect(await inboxOf(db.prisma, enterprise.user.id, "noticeItemObjected")).toMatchObject([{ href: `/enterprise/claims/${claim.id}` }]);
  });

  /** Another submitted claim of the same enterprise (another year). */
  async function submittedOffshoreClaimOf(enterprise: Awaited<ReturnType<typeof submittedOffshoreClaim>>["enterprise"]) {
    const { createOffshoreClaim, offshoreLine } = await import("@/prisma/seed/factories");
    return createOffshoreClaim(db.prisma, enterprise.actor, {
      claimYear: 2025,
      submit: true,
      lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "300000.00", fxReceiptDate: "2025-06-30" })],
    }) as Promise<Awaited<ReturnType<typeof submitOffshoreClaimFromInput>>>;
  }
});
