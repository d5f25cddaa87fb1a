import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";

/**
 * A claim is submitted only by an organisation the bureau has vetted (credit code and business
 * licence checked): an unvetted or refused one may prepare drafts but not submit, nor a closed one
 * (moved to another city). Read inside the submission's transaction and FOR SHARE, so a refusal of
 * vetting meanwhile is respected and a move of city (which locks the row FOR UPDATE,
 * lib/organisations/move-organisation.ts) either sees this submission or refuses it.
 */
export async function assertOrganisationActive(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  const [organisation] = await tx.$queryRaw<Array<{ status: string }>>`
    SELECT "status"::text AS "status" FROM "Organisation" WHERE "id" = ${organisationId}::uuid FOR SHARE`;
  if (organisation?.status !== "ACTIVE") throw new DomainError("organisationNotVetted");
}
