import type { PrismaClient } from "@/lib/generated/prisma/client";
import { maskAccount } from "./payee-hold";

/** The city's changed bank accounts waiting for a reviewer with the payment role, oldest first, masked. */
export async function listPendingBankAccountChanges(prisma: PrismaClient, cityId: string) {
  const rows = await prisma.bankAccountChange.findMany({
    // An enterprise's own account, or a trainee's entered by its institution: either way the organisation's city.
    where: { status: "PENDING", OR: [{ organisation: { is: { cityId } } }, { trainee: { is: { institution: { cityId } } } }] },
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
