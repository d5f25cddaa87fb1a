import type { Db } from "@/lib/db";
import { reconcileOffshoreClaim, type ClaimReconciliation, type ClaimToReconcile } from "./reconcile-offshore-claim";

/**
 * The applicant's preview of its own claim against the official data (issue 18): the same
 * reconciliation the reviewer sees, for the claim's saved lines. The caller has loaded the claim
 * through the organisation (getOffshoreClaimForOrganisation); the credit code is the
 * organisation's own, so only its own statistics records and receipts are compared.
 */
export async function reconcileOwnOffshoreClaim(db: Db, organisationId: string, claim: Omit<ClaimToReconcile, "creditCode">): Promise<ClaimReconciliation> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { creditCode: true } });
  return reconcileOffshoreClaim(db, { ...claim, creditCode: organisation.creditCode });
}
