import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";

/** The organisation's details as its members see them: the bank account only as ****1234. */
export async function getOrganisationProfile(prisma: PrismaClient, organisationId: string) {
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      nameZh: true,
      nameEn: true,
      creditCode: true,
      inNanchang: true,
      district: true,
      address: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      bankAccountName: true,
      bankName: true,
      bankAccountLast4: true,
    },
  });
  if (!organisation) throw new NotFoundError();
  const { bankAccountLast4, ...rest } = organisation;
  return { ...rest, bankAccountMasked: bankAccountLast4 ? `****${bankAccountLast4}` : null };
}
