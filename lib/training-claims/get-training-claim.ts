import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";

/**
 * One claim of the institution with its lines, the employer confirmation of each line's contract
 * (a registered employer that has not CONFIRMED flags the line), decisions and submissions.
 */
export async function getTrainingClaimForInstitution(prisma: PrismaClient, institutionId: string, claimId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(claimId)) throw new NotFoundError();
  const claim = await prisma.trainingClaim.findFirst({
    where: { id: claimId, institutionId },
    include: {
      lines: {
        orderBy: { createdAt: "asc" },
        include: {
          trainee: { select: { id: true, name: true, person: { select: { idNumberMasked: true } } } },
          contract: { select: { confirmation: true, employerInNanchang: true, employerOrganisation: { select: { nameZh: true } }, outsideEmployerName: true } },
          comments: { select: { id: true, text: true, createdAt: true } },
        },
      },
      decisions: { orderBy: { createdAt: "asc" }, select: { id: true, decision: true, reason: true, amountFen: true, createdAt: true } },
      submissions: { orderBy: { sequence: "asc" }, select: { sequence: true, submittedAt: true } },
      _count: { select: { decisions: true } },
    },
  });
  if (!claim) throw new NotFoundError();
  return claim;
}

/** A line whose registered employer has not confirmed the contract (the reviewer cannot approve it yet). */
export function lineNeedsEmployerConfirmation(contract: { confirmation: string }): boolean {
  return contract.confirmation === "PENDING" || contract.confirmation === "DISPUTED";
}
