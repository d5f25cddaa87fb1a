import type { Prisma } from "@/lib/generated/prisma/client";
import { isEditable } from "@/lib/claim-lifecycle";
import { sumTrainingClaimLines } from "@/lib/eligibility";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";

/** Loads the institution's claim inside the transaction and checks it can still be edited by this form. */
export async function lockEditableClaim(tx: Prisma.TransactionClient, institutionId: string, claimId: string, version: number) {
  const claim = await tx.trainingClaim.findFirst({ where: { id: claimId, institutionId } });
  if (!claim) throw new NotFoundError();
  if (!isEditable(claim.status)) throw new DomainError("claimNotEditable");
  if (claim.version !== version) throw new DomainError("staleForm");
  return claim;
}

/**
 * Writes the totals from the lines and bumps the version, conditional on the version read: of
 * two concurrent edits only one commits, the other is refused as stale.
 */
export async function refreshClaimTotals(tx: Prisma.TransactionClient, claimId: string, version: number) {
  const lines = await tx.trainingClaimLine.findMany({ where: { claimId }, select: { traineeFen: true, institutionFen: true } });
  const totals = sumTrainingClaimLines(lines);
  const updated = await tx.trainingClaim.updateMany({
    where: { id: claimId, version },
    data: { traineeTotalFen: totals.traineeTotalFen, institutionTotalFen: totals.institutionTotalFen, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new DomainError("staleForm");
  return totals;
}

/** Serialises work on one person across transactions and app instances (duplicate rule). */
export async function lockPerson(tx: Prisma.TransactionClient, personId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`person:${personId}`}))`;
}
