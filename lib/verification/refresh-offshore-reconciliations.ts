import type { Db } from "@/lib/db";
import { UNLOCKED_STATUSES } from "@/lib/claim-lifecycle";
import { reconcileOffshoreClaim } from "./reconcile-offshore-claim";

/**
 * Reconciles again the submitted offshore claims of a city that `scope` names (claims by id, or the
 * enterprises an import brought data for) and stores each result for the review queue's
 * "reconciliation issues" filter (OffshoreClaimReconciliation). Drafts and closed claims are not
 * reviewed, so they are skipped. Derived data: the claim page reconciles afresh whatever is
 * stored here. Returns how many claims were reconciled.
 */
export async function refreshOffshoreReconciliations(db: Db, cityId: string, scope: { claimIds: string[] } | { creditCodes: string[] }, now: Date = new Date()): Promise<number> {
  const ids = "claimIds" in scope ? scope.claimIds : null;
  const codes = "creditCodes" in scope ? scope.creditCodes : null;
  if ((ids ?? codes ?? []).length === 0) return 0;
  const claims = await db.offshoreClaim.findMany({
    where: { cityId, status: { notIn: UNLOCKED_STATUSES }, ...(ids ? { id: { in: ids } } : { organisation: { creditCode: { in: codes! } } }) },
    select: {
      id: true,
      claimYear: true,
      organisation: { select: { creditCode: true } },
      lines: { select: { id: true, lineNo: true, contractRegNo: true, clientName: true, executedUsdCents: true }, orderBy: { lineNo: "asc" } },
    },
  });
  for (const claim of claims) {
    const result = await reconcileOffshoreClaim(db, { cityId, claimYear: claim.claimYear, creditCode: claim.organisation.creditCode, lines: claim.lines });
    const row = {
      dataAvailable: result.dataAvailable,
      linesWithIssues: result.dataAvailable ? result.linesWithIssues : 0,
      declaredUsdCents: result.declaredUsdCents,
      verifiedUsdCents: result.verifiedUsdCents,
      refreshedAt: now,
    };
    await db.offshoreClaimReconciliation.upsert({ where: { claimId: claim.id }, create: { claimId: claim.id, cityId, ...row }, update: row });
  }
  return claims.length;
}

/** After an import of official data: the submitted claims of every enterprise the import wrote rows for. */
export async function refreshReconciliationsAfterImport(db: Db, cityId: string, importId: string): Promise<number> {
  const [executions, receipts] = await Promise.all([
    db.statisticsExecution.findMany({ where: { importId }, select: { creditCode: true }, distinct: ["creditCode"] }),
    db.fxReceipt.findMany({ where: { importId }, select: { creditCode: true }, distinct: ["creditCode"] }),
  ]);
  const creditCodes = [...new Set([...executions, ...receipts].map((r) => r.creditCode))];
  return refreshOffshoreReconciliations(db, cityId, { creditCodes });
}
