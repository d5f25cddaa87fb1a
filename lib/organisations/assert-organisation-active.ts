import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";

/**
 * A claim is submitted only by an organisation the bureau has vetted (credit code and business
 * licence checked): an unvetted or refused one may prepare drafts but not submit. Read inside the
 * submission's transaction, so a refusal of vetting meanwhile is respected.
 */
export async function assertOrganisationActive(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { status: true } });
  if (organisation?.status !== "ACTIVE") throw new DomainError("organisationNotVetted");
}
