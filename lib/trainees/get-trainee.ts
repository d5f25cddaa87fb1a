import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";

/**
 * One trainee of the institution with training, certificates and contracts. Only the masked ID
 * number is selected: the full number is read by view-trainee-identity.ts alone.
 */
export async function getTraineeForInstitution(prisma: PrismaClient, institutionId: string, traineeId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(traineeId)) throw new NotFoundError();
  const trainee = await prisma.trainee.findFirst({
    where: { id: traineeId, institutionId },
    select: {
      id: true,
      name: true,
      college: true,
      collegeLevel: true,
      studentStatus: true,
      phone: true,
      bankName: true,
      bankAccountLast4: true,
      person: { select: { idNumberMasked: true } },
      trainingRecords: { orderBy: { startDate: "asc" }, include: { certificate: true } },
      contracts: {
        orderBy: { signedOn: "asc" },
        include: {
          employerOrganisation: { select: { nameZh: true, creditCode: true } },
          evidence: { select: { id: true, mimeType: true, sizeBytes: true, createdAt: true } },
        },
      },
    },
  });
  if (!trainee) throw new NotFoundError();
  return trainee;
}
