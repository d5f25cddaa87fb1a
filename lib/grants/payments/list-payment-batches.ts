import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function listPaymentBatches(prisma: PrismaClient, cityId: string, take = 50) {
  return prisma.paymentBatch.findMany({ where: { cityId }, orderBy: { createdAt: "desc" }, take, include: { _count: { select: { items: true } } } });
}

/** One batch of the city; another city's is not found. */
export async function getPaymentBatch(prisma: PrismaClient, cityId: string, batchId: string) {
  return prisma.paymentBatch.findUnique({
    where: { id: batchId, cityId },
    include: {
      items: {
        orderBy: { createdAt: "asc" },
        include: {
          ledgerEntry: {
            select: {
              id: true,
              rule: true,
              amountFen: true,
              claimYear: true,
              reversedBy: { select: { id: true, reason: true } },
              noticeItem: { select: { publicName: true } },
              offshoreClaim: { select: { id: true, claimNo: true } },
              trainingClaim: { select: { id: true, claimNo: true } },
            },
          },
        },
      },
    },
  });
}
