import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { decryptPii } from "@/lib/crypto/pii";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { Reviewer } from "@/lib/auth/actors";
import type { BankFileRow } from "./bank-file";
import { assertMayReleasePayments } from "./create-payment-batch";
import { inCityTransaction } from "@/lib/db/city-scope";

const pendingChangeCount = { _count: { select: { bankAccountChanges: { where: { status: "PENDING" as const } } } } };

const PURPOSE: Record<string, string> = {
  A_OFFSHORE: "服务外包离岸业务奖励",
  B_TRAINEE: "服务外包人才培训补贴(学员)",
  B_INSTITUTION: "服务外包人才培训补贴(培训机构)",
};

/**
 * The rows of a batch's bank-ready file (bank-file.ts writes them as CSV or Excel): payee name,
 * bank, account (decrypted here and nowhere else), amount, purpose, reference. Refused for a batch with nothing to pay, for an item
 * still in notice, for a payee without bank details, and for a payee whose changed account no reviewer has
 * confirmed yet. The export is audited.
 */
export async function exportPaymentBatch(prisma: PrismaClient, reviewer: Reviewer, batchId: string, now: Date = new Date()) {
  assertMayReleasePayments(reviewer);
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const batch = await tx.paymentBatch.findUnique({
      where: { id: batchId, cityId: reviewer.cityId },
      include: {
        items: {
          where: { status: "PENDING" },
          orderBy: { createdAt: "asc" },
          include: {
            ledgerEntry: {
              include: {
                noticeItem: true,
                organisation: { include: pendingChangeCount },
                trainingLine: { include: { trainee: { include: pendingChangeCount } } },
                offshoreClaim: { select: { claimNo: true } },
                trainingClaim: { select: { claimNo: true } },
              },
            },
          },
        },
      },
    });
    if (!batch) throw new NotFoundError();
    if (batch.status === "PAID") throw new DomainError("batchAlreadyPaid");
    if (batch.items.length === 0) throw new DomainError("emptyBatch");
    const rows: BankFileRow[] = [];
    for (const item of batch.items) {
      const entry = item.ledgerEntry;
      const notice = entry.noticeItem;
      const ended = notice && (notice.status === "ENDED" || (notice.status === "IN_NOTICE" && notice.endsAt <= now));
      if (!ended) throw new DomainError("itemInNotice");
      const payee =
        entry.payeeKind === "TRAINEE"
          ? { name: entry.trainingLine?.trainee.name, bank: entry.trainingLine?.trainee.bankName, enc: entry.trainingLine?.trainee.bankAccountEnc }
          : { name: entry.organisation?.bankAccountName ?? entry.organisation?.nameZh, bank: entry.organisation?.bankName, enc: entry.organisation?.bankAccountEnc };
      if (!payee.name || !payee.bank || !payee.enc) throw new DomainError("payeeBankMissing", undefined, { payee: notice?.publicName ?? "" });
      // A batch made before the payee changed its account must not carry the new, unconfirmed one to the bank.
      const owner = entry.payeeKind === "TRAINEE" ? entry.trainingLine?.trainee : entry.organisation;
      if ((owner?._count.bankAccountChanges ?? 0) > 0) throw new DomainError("payeeBankUnconfirmed", undefined, { payee: notice?.publicName ?? "" });
      const claimNo = entry.offshoreClaim?.claimNo ?? entry.trainingClaim?.claimNo ?? "";
      rows.push({
        payeeName: payee.name,
        bankName: payee.bank,
        accountNo: decryptPii(payee.enc),
        amountFen: entry.amountFen,
        purpose: `${PURPOSE[entry.rule]} ${claimNo} (${entry.claimYear})`,
        reference: item.id,
      });
    }
    await tx.paymentBatch.update({ where: { id: batch.id }, data: { status: "EXPORTED", exportedAt: batch.exportedAt ?? now } });
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "payment-batch.export",
      targetType: "PaymentBatch",
      targetId: batch.id,
      result: "success",
      details: { batchNo: batch.batchNo, rows: rows.length },
    });
    return { batchNo: batch.batchNo, rows };
  });
}
