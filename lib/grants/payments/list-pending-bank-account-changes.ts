import type { PrismaClient } from "@/lib/generated/prisma/client";
import { maskAccount } from "./payee-hold";

/** Changed bank accounts waiting for a reviewer with the payment role, oldest first, masked. */
export async function listPendingBankAccountChanges(prisma: PrismaClient) {
  const rows = await prisma.bankAccountChange.findMany({
    where: { status: "PENDING" },
    orderBy: { requestedAt: "asc" },
    take: 500,
    include: {
      organisation: { select: { nameZh: true, creditCode: true } },
      trainee: { select: { name: true, institution: { select: { nameZh: true } } } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    payee: c.organisation?.nameZh ?? c.trainee?.name ?? "",
    // A trainee's account is entered by its institution: the reviewer checks with that institution.
    institution: c.trainee?.institution.nameZh ?? null,
    creditCode: c.organisation?.creditCode ?? null,
    oldBankName: c.oldBankName,
    oldAccount: maskAccount(c.oldAccountLast4),
    newBankName: c.newBankName,
    newAccount: maskAccount(c.newAccountLast4),
    requestedAt: c.requestedAt,
  }));
}
