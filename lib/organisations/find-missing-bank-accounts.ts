import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * What a claim of this organisation still lacks before it can be submitted: the organisation's
 * own bank account, and (training claims) those of the given trainees. Scoped by organisation.
 * The submission itself checks again (lib/claim-submission/assert-payee-bank-accounts.ts).
 */
export async function findMissingBankAccounts(prisma: PrismaClient, organisationId: string, traineeIds: string[] = []) {
  const [organisation, trainees] = await Promise.all([
    prisma.organisation.findUnique({ where: { id: organisationId }, select: { bankName: true, bankAccountEnc: true } }),
    traineeIds.length === 0
      ? Promise.resolve([])
      : prisma.trainee.findMany({
          where: { id: { in: traineeIds }, institutionId: organisationId, OR: [{ bankName: null }, { bankAccountEnc: null }] },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        }),
  ]);
  return { organisation: !organisation?.bankName || !organisation.bankAccountEnc, trainees };
}
