import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The contracts institutions recorded with this enterprise as employer. The employer sees the
 * trainee's name, masked ID number, the institution and the contract dates: what it needs to
 * recognise its own employee, nothing more.
 */
export function listEmploymentConfirmations(prisma: PrismaClient, enterpriseId: string) {
  return prisma.employmentContract.findMany({
    where: { employerOrganisationId: enterpriseId },
    orderBy: [{ confirmation: "desc" }, { signedOn: "desc" }],
    select: {
      id: true,
      signedOn: true,
      startDate: true,
      endDate: true,
      confirmation: true,
      confirmedAt: true,
      disputeReason: true,
      trainee: { select: { name: true, person: { select: { idNumberMasked: true } }, institution: { select: { nameZh: true } } } },
      evidence: { select: { id: true } },
    },
  });
}
