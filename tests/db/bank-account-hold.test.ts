// Issue 19, items 4 and 5: a payee's changed bank account holds its unpaid grants until a
// reviewer with the payment role confirms it; a claim cannot be submitted without the
// organisation's account; a grant whose payee has no account stays out of a batch, with the reason.
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { submitOffshoreClaimFromInput } from "@/lib/offshore-claims/submit-offshore-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createJobQueue } from "@/lib/jobs/job-queue";
import { enqueueEmail } from "@/lib/notifications/mail/enqueue-email";
import { EMAIL_QUEUE, ensureEmailQueue } from "@/lib/jobs/email-queue";
import { cityOfEmailJob } from "@/lib/notifications/mail/email-city";
import { renderEmail } from "@/lib/notifications/mail/render-email";
import { updateOrganisationProfileFromInput } from "@/lib/organisations/update-organisation-profile";
import { confirmBankAccountChange } from "@/lib/grants/payments/confirm-bank-account-change";
import { createPaymentBatch } from "@/lib/grants/payments/create-payment-batch";
import { exportPaymentBatch } from "@/lib/grants/payments/export-payment-batch";
import { listHeldGrants, listPayableGrants } from "@/lib/grants/payments/list-payable-grants";
import { listPendingBankAccountChanges } from "@/lib/grants/payments/list-pending-bank-account-changes";
import { approveClaim } from "@/lib/review/approve-claim";
import { updateTraineeFromInput } from "@/lib/trainees/update-trainee";
import { submitTrainingClaimFromInput } from "@/lib/training-claims/submit-training-claim";
import { createTrainingClaimFromInput } from "@/lib/training-claims/create-training-claim";
import { addTrainingClaimLineFromInput } from "@/lib/training-claims/add-training-claim-line";
import { createOffshoreClaim, createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { qualifyingTrainee } from "./institution-helpers";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const PUBLISHED = new Date("2026-11-25T02:00:00Z"); // Wednesday
const AFTER = new Date("2026-12-03T02:00:00Z"); // notice over (5 working days)

type Org = Awaited<ReturnType<typeof createOrganisationWithUser>>;

function profileOf(org: Org, bankAccount: string) {
  const o = org.organisation;
  return {
    nameZh: o.nameZh,
    nameEn: o.nameEn ?? "",
    district: o.district as never,
    address: o.address,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    contactEmail: o.contactEmail,
    bankAccountName: o.nameZh,
    bankName: "中国建设银行南昌分行",
    bankAccount,
  };
}

describe.each(DATABASE_KINDS)("bank accounts and payment holds on %s", (kind) => {
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

  /** An approved rule-A grant of a new enterprise (with the factory's account), notice over at AFTER. */
  async function approvedGrant(executedUsd = "300000.00") {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, executedUsd);
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, PUBLISHED);
    const grant = await db.prisma.ledgerEntry.findFirstOrThrow({ where: { offshoreClaimId: claim.id } });
    return { claim, enterprise, grant };
  }

  /** Takes everything currently payable into a batch, so a test starts from an empty pool. */
  async function drainPool(payer: Awaited<ReturnType<typeof reviewer>>) {
    await createPaymentBatch(db.prisma, payer, AFTER).catch(() => undefined);
  }

  it("holds an enterprise's unpaid grant after its account changes until a payment reviewer confirms it", async () => {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    const plain = await reviewer(db.prisma);
    await drainPool(payer);
    const { enterprise, grant } = await approvedGrant();
    expect((await listPayableGrants(db.prisma, "nanchang", AFTER)).map((g) => g.id)).toContain(grant.id);

    // The member (or whoever has the login) changes the account.
    const changed = await updateOrganisationProfileFromInput(db.prisma, enterprise.actor, profileOf(enterprise, "6227 0015 5555 0099"));
    const change = await db.prisma.bankAccountChange.findFirstOrThrow({ where: { organisationId: enterprise.organisation.id } });
    expect(change).toMatchObject({ status: "PENDING", oldAccountLast4: "4321", newAccountLast4: "0099", oldBankName: "中国银行南昌分行", newBankName: "中国建设银行南昌分行" });
    // Audited with the state change; the members are told, in their language, in both languages' templates.
    expect(await db.prisma.auditEntry.count({ where: { action: "bank-account.change", targetId: change.id } })).toBe(1);
    expect(await db.prisma.notification.count({ where: { organisationId: enterprise.organisation.id, kind: "bankAccountChanged" } })).toBe(1);
    expect(changed.emails).toEqual([
      { to: enterprise.user.email, template: "bankAccountChanged", params: { payee: enterprise.organisation.nameZh, account: "**** **** 0099" }, locale: expect.any(String), organisationId: enterprise.organisation.id },
    ]);
    const city = await cityOfEmailJob(db.prisma, changed.emails[0]!);
    expect(city.id).toBe("nanchang");
    expect(renderEmail("bankAccountChanged", changed.emails[0]!.params, "en", city).text).toContain("**** **** 0099");
    expect(renderEmail("bankAccountChanged", changed.emails[0]!.params, "zh-CN", city).subject).toContain(enterprise.organisation.nameZh);
    // The e-mails go through the real queue.
    const before = await boss.getQueueSize(EMAIL_QUEUE);
    for (const job of changed.emails) await enqueueEmail(job, undefined, boss);
    expect(await boss.getQueueSize(EMAIL_QUEUE)).toBe(before + changed.emails.length);

    // Held: not payable, listed with its reason; a new batch leaves it out.
    expect((await listPayableGrants(db.prisma, "nanchang", AFTER)).map((g) => g.id)).not.toContain(grant.id);
    expect((await listHeldGrants(db.prisma, "nanchang", AFTER)).find((g) => g.id === grant.id)).toMatchObject({ reason: "bankAccountUnconfirmed", amountFen: 60_000_00 });
    const other = await approvedGrant("400000.00");
    const batch = await createPaymentBatch(db.prisma, payer, AFTER);
    const batched = (await db.prisma.paymentItem.findMany({ where: { batchId: batch.id } })).map((i) => i.ledgerEntryId);
    expect(batched).toEqual([other.grant.id]);
    const batchAudit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "payment-batch.create", targetId: batch.id } });
    expect(batchAudit.details).toMatchObject({ heldItems: 1 });

    // The reviewer's list shows the change masked; only the payment role may confirm.
    const pending = (await listPendingBankAccountChanges(db.prisma, "nanchang")).find((c) => c.id === change.id);
    expect(pending).toMatchObject({ payee: enterprise.organisation.nameZh, oldAccount: "**** **** 4321", newAccount: "**** **** 0099" });
    expect(JSON.stringify(pending)).not.toContain("62270015555");
    await expect(confirmBankAccountChange(db.prisma, plain, { changeId: change.id })).rejects.toMatchObject({ code: "forbidden" });
    const confirmed = await confirmBankAccountChange(db.prisma, payer, { changeId: change.id }, AFTER);
    expect(confirmed.emails.map((e) => e.template)).toEqual(["bankAccountConfirmed"]);
    expect(await db.prisma.bankAccountChange.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({ status: "CONFIRMED", decidedById: payer.id });
    expect(await db.prisma.auditEntry.count({ where: { action: "bank-account.confirm", targetId: change.id, actorId: payer.id } })).toBe(1);
    await expect(confirmBankAccountChange(db.prisma, payer, { changeId: change.id })).rejects.toMatchObject({ code: "bankAccountChangeNotPending" });
    await expect(confirmBankAccountChange(db.prisma, payer, { changeId: crypto.randomUUID() })).rejects.toMatchObject({ code: "notFound" });

    // Payable again, and paid to the confirmed account.
    const next = await createPaymentBatch(db.prisma, payer, AFTER);
    expect((await db.prisma.paymentItem.findMany({ where: { batchId: next.id } })).map((i) => i.ledgerEntryId)).toEqual([grant.id]);
    const { rows } = await exportPaymentBatch(db.prisma, payer, next.id, AFTER);
    expect(rows.map((r) => [r.bankName, r.accountNo])).toEqual([["中国建设银行南昌分行", "6227001555550099"]]);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
  });

  it("a second change before confirmation supersedes the first; the old account stays the last confirmed one", async () => {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    const { enterprise } = await approvedGrant();
    await updateOrganisationProfileFromInput(db.prisma, enterprise.actor, profileOf(enterprise, "6227001555550011"));
    await updateOrganisationProfileFromInput(db.prisma, enterprise.actor, profileOf(enterprise, "6227001555550022"));
    const changes = await db.prisma.bankAccountChange.findMany({ where: { organisationId: enterprise.organisation.id }, orderBy: { requestedAt: "asc" } });
    expect(changes.map((c) => [c.status, c.oldAccountLast4, c.newAccountLast4])).toEqual([
      ["SUPERSEDED", "4321", "0011"],
      ["PENDING", "4321", "0022"],
    ]);
    // The reviewer cannot confirm the account that is no longer the current one.
    await expect(confirmBankAccountChange(db.prisma, payer, { changeId: changes[0]!.id })).rejects.toMatchObject({ code: "bankAccountChangeNotPending" });
    // Typing the current number again is no change.
    const same = await updateOrganisationProfileFromInput(db.prisma, enterprise.actor, profileOf(enterprise, "6227001555550022"));
    expect(same.emails).toEqual([]);
    expect(await db.prisma.bankAccountChange.count({ where: { organisationId: enterprise.organisation.id } })).toBe(2);
  });

  it("refuses to export a batch made before the payee changed its account, until the change is confirmed", async () => {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    await drainPool(payer);
    const { enterprise } = await approvedGrant();
    const batch = await createPaymentBatch(db.prisma, payer, AFTER);
    await updateOrganisationProfileFromInput(db.prisma, enterprise.actor, profileOf(enterprise, "6227001555550033"));
    await expect(exportPaymentBatch(db.prisma, payer, batch.id, AFTER)).rejects.toMatchObject({ code: "payeeBankUnconfirmed" });
    const change = await db.prisma.bankAccountChange.findFirstOrThrow({ where: { organisationId: enterprise.organisation.id, status: "PENDING" } });
    await confirmBankAccountChange(db.prisma, payer, { changeId: change.id });
    expect((await exportPaymentBatch(db.prisma, payer, batch.id, AFTER)).rows.map((r) => r.accountNo)).toContain("6227001555550033");
  });

  it("holds a trainee's grant when the institution changes the trainee's account, not the institution's own grant", async () => {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    const r = await reviewer(db.prisma);
    await drainPool(payer);
    const inst = await institution(db.prisma);
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId()], { names: ["钱学员"] });
    await approveClaim(db.prisma, r, { kind: "TRAINING", claimId: claim.id, version: claim.version }, PUBLISHED);
    const line = claim.lines[0]!;
    const trainee = await db.prisma.trainee.findUniqueOrThrow({ where: { id: line.traineeId } });

    const { emails } = await updateTraineeFromInput(db.prisma, inst.actor, {
      traineeId: trainee.id, name: trainee.name, college: trainee.college, collegeLevel: trainee.collegeLevel,
      studentStatus: trainee.studentStatus, phone: trainee.phone, bankName: "中国工商银行南昌分行", bankAccount: "6222021502000077",
    });
    expect(emails.map((e) => [e.to, e.template, e.params.payee])).toEqual([[inst.user.email, "bankAccountChanged", "钱学员"]]);
    const change = await db.prisma.bankAccountChange.findFirstOrThrow({ where: { traineeId: trainee.id } });
    expect(change).toMatchObject({ status: "PENDING", oldAccountLast4: "4567", newAccountLast4: "0077" });
    expect(await db.prisma.auditEntry.count({ where: { action: "bank-account.change", targetId: change.id } })).toBe(1);

    const held = await listHeldGrants(db.prisma, "nanchang", AFTER);
    expect(held.filter((g) => g.claimNo === claim.claimNo).map((g) => [g.rule, g.reason])).toEqual([["B_TRAINEE", "bankAccountUnconfirmed"]]);
    const batch = await createPaymentBatch(db.prisma, payer, AFTER);
    const rules = (await db.prisma.paymentItem.findMany({ where: { batchId: batch.id }, include: { ledgerEntry: true } })).map((i) => i.ledgerEntry.rule);
    expect(rules).toEqual(["B_INSTITUTION"]);
    expect((await listPendingBankAccountChanges(db.prisma, "nanchang")).find((c) => c.id === change.id)).toMatchObject({ payee: "钱学员", institution: inst.organisation.nameZh });

    await confirmBankAccountChange(db.prisma, payer, { changeId: change.id });
    const next = await createPaymentBatch(db.prisma, payer, AFTER);
    expect((await db.prisma.paymentItem.findMany({ where: { batchId: next.id }, include: { ledgerEntry: true } })).map((i) => i.ledgerEntry.rule)).toEqual(["B_TRAINEE"]);
  });

  it("refuses an offshore claim's submission while the enterprise has no bank account, and accepts it once added", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma, { bankAccount: null });
    const draft = await createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, evidence: true, lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "300000.00" })] });
    const submit = () =>
      submitOffshoreClaimFromInput(db.prisma, enterprise.actor, { claimId: draft.id, version: draft.version, declaration: true, submissionKey: crypto.randomUUID() });
    await expect(submit()).rejects.toMatchObject({ code: "bankAccountMissing" });
    expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "DRAFT", version: draft.version });
    expect(await db.prisma.claimSubmission.count({ where: { offshoreClaimId: draft.id } })).toBe(0);

    // A first account, nothing granted yet: no confirmation needed, and the claim goes in.
    const first = await updateOrganisationProfileFromInput(db.prisma, enterprise.actor, profileOf(enterprise, "6227001555550044"));
    expect(first.emails).toEqual([]);
    expect(await db.prisma.bankAccountChange.count({ where: { organisationId: enterprise.organisation.id } })).toBe(0);
    expect((await submit()).status).toBe("SUBMITTED");
  });

  it("refuses a training claim's submission while the institution has no bank account", async () => {
    const inst = await createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION", region: "360102", district: "DONGHU", bankAccount: null });
    const employer = await createOrganisationWithUser(db.prisma, { region: "360106" });
    const { trainee } = await qualifyingTrainee(db.prisma, inst.actor, employer.organisation.id);
    const claim = await createTrainingClaimFromInput(db.prisma, inst.actor, { claimYear: 2024 });
    await addTrainingClaimLineFromInput(db.prisma, inst.actor, { claimId: claim.id, version: claim.version, traineeId: trainee.id });
    const input = { claimId: claim.id, version: claim.version + 1, declaration: true as const, submissionKey: crypto.randomUUID() };
    await expect(submitTrainingClaimFromInput(db.prisma, inst.actor, input)).rejects.toMatchObject({ code: "bankAccountMissing" });
    expect(await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "DRAFT" });
  });

  it("leaves a grant whose payee has no account out of a batch with the reason; a first account then waits for confirmation", async () => {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    await drainPool(payer);
    const legacy = await approvedGrant();
    const paid = await approvedGrant("400000.00");
    // Data from before accounts were required: the payee has none.
    await db.prisma.organisation.update({ where: { id: legacy.enterprise.organisation.id }, data: { bankAccountEnc: null, bankAccountLast4: null, bankName: null } });

    expect((await listHeldGrants(db.prisma, "nanchang", AFTER)).find((g) => g.id === legacy.grant.id)).toMatchObject({ reason: "bankAccountMissing", claimNo: legacy.claim.claimNo });
    // The batch is made with the others instead of failing at export.
    const batch = await createPaymentBatch(db.prisma, payer, AFTER);
    expect((await db.prisma.paymentItem.findMany({ where: { batchId: batch.id } })).map((i) => i.ledgerEntryId)).toEqual([paid.grant.id]);
    expect((await exportPaymentBatch(db.prisma, payer, batch.id, AFTER)).rows).toHaveLength(1);

    // Whoever adds the first account while a grant waits for it must be confirmed by a reviewer.
    const added = await updateOrganisationProfileFromInput(db.prisma, legacy.enterprise.actor, profileOf(legacy.enterprise, "6227001555550055"));
    expect(added.emails.map((e) => e.template)).toEqual(["bankAccountChanged"]);
    const change = await db.prisma.bankAccountChange.findFirstOrThrow({ where: { organisationId: legacy.enterprise.organisation.id } });
    expect(change).toMatchObject({ status: "PENDING", oldAccountLast4: null, newAccountLast4: "0055" });
    expect((await listHeldGrants(db.prisma, "nanchang", AFTER)).find((g) => g.id === legacy.grant.id)?.reason).toBe("bankAccountUnconfirmed");
    await confirmBankAccountChange(db.prisma, payer, { changeId: change.id });
    expect((await listPayableGrants(db.prisma, "nanchang", AFTER)).map((g) => g.id)).toEqual([legacy.grant.id]);
  });
});
