import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";

/** A reviewer who declared a conflict of interest with the organisation may not decide its claims. */
export async function assertNoConflict(tx: Prisma.TransactionClient, reviewerId: string, organisationId: string): Promise<void> {
  const conflict = await tx.conflictOfInterest.findUnique({ where: { reviewerId_organisationId: { reviewerId, organisationId } } });
  if (conflict) throw new DomainError("conflictOfInterest");
}
