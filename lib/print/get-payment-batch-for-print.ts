import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/db/is-uuid";
import { isoDateFromDbDate } from "@/lib/eligibility";

/** A payment batch of the city as printed: each item's payee with the bank and only the account's last four digits. */
export async function getPaymentBatchForPrint(prisma: PrismaClient, cityId: string, batchId: string) {
  if (!isUuid(batchId)) return null;
  const batch = await prisma.paymentBatch.findUnique({
    where: { id: batchId, cityId },
    select: {
      id: true,
      batchNo: true,
      status: true,
      totalFen: true,
      createdAt: true,
      exportedAt: true,
      paidAt: true,
      bankReference: true,
      valueDate: true,
      items: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          ledgerEntry: {
            select: {
              rule: true,
              claimYear: true,
              amountFen: true,
              payeeKind: true,
              noticeItem: { select: { publicName: true } },
              organisation: { select: { nameZh: true, bankAccountName: true, bankName: true, bankAccountLast4: true } },
              trainingLine: { select: { trainee: { select: { bankName: true, bankAccountLast4: true } } } },
              offshoreClaim: { select: { claimNo: true } },
              trainingClaim: { select: { claimNo: true } },
            },
          },
        },
      },
    },
  });
  if (!batch) return null;
  return {
    ...batch,
    // A calendar day (China Standard Time), printed as it was typed from the bank's statement.
    valueDate: batch.valueDate ? isoDateFromDbDate(batch.valueDate) : null,
    items: batch.items.map((item) => {
      const entry = item.ledgerEntry;
      const trainee = entry.payeeKind === "TRAINEE" ? entry.trainingLine?.trainee : null;
      return {
        id: item.id,
        status: item.status,
        rule: entry.rule,
        claimYear: entry.claimYear,
        amountFen: entry.amountFen,
        claimNo: entry.offshoreClaim?.claimNo ?? entry.trainingClaim?.claimNo ?? "",
        // A trainee is printed as the public notice names them (masked); an organisation by name.
        payeeName: trainee ? (entry.noticeItem?.publicName ?? "") : (entry.organisation?.bankAccountName ?? entry.organisation?.nameZh ?? entry.noticeItem?.publicName ?? ""),
        bankName: (trainee ? trainee.bankName : entry.organisation?.bankName) ?? null,
        accountLast4: (trainee ? trainee.bankAccountLast4 : entry.organisation?.bankAccountLast4) ?? null,
      };
    }),
  };
}

export type PaymentBatchForPrint = NonNullable<Awaited<ReturnType<typeof getPaymentBatchForPrint>>>;
