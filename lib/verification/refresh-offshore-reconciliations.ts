import type { Db } from "@/lib/db";
import { UNLOCKED_STATUSES } from "@/lib/claim-lifecycle";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { reconcileAgainst, type ClaimReconciliation, type ClaimToReconcile } from "./reconcile-offshore-claim";
import { refreshClaimRiskSignals } from "./refresh-claim-risk-signals";
import { verificationParametersForYear } from "./verification-parameters";

/** Claims per batch: one query each for their lines' official data, one statement for their results. */
const BATCH = 500;

/**
 * Reconciles again the submitted offshore claims of a city that `scope` names (claims by id, or the
 * enterprises an import brought data for) and stores each result for the review queue's
 * "reconciliation issues" filter (OffshoreClaimReconciliation). Drafts and closed claims are not
 * reviewed, so they are skipped. Derived data: the claim page reconciles afresh whatever is
 * stored here. In batches of claims: the batch's statistics records, receipts and rates in three
 * queries, compared in memory (reconcileAgainst, the claim page's own comparison), the results
 * written in one statement. (Claim by claim it was four statements each: 66 s for the bench city's
 * 16,000 open claims.) The same claims' risk signals are refreshed after (refresh-claim-risk-signals.ts:
 * the queue's "risk signals" filter), with the claims sharing a foreign client when the scope names
 * claims (a submission). Returns how many claims were reconciled.
 */
export async function refreshOffshoreReconciliations(db: Db, cityId: string, scope: { claimIds: string[] } | { creditCodes: string[] }, now: Date = new Date()): Promise<number> {
  const ids = "claimIds" in scope ? scope.claimIds : null;
  const codes = "creditCodes" in scope ? scope.creditCodes : null;
  const keys = ids ?? codes ?? [];
  let reconciled = 0;
  const refreshedIds: string[] = [];
  for (let i = 0; i < keys.length; i += BATCH) {
    const part = keys.slice(i, i + BATCH);
    const claims = await db.offshoreClaim.findMany({
      where: { cityId, status: { notIn: UNLOCKED_STATUSES }, ...(ids ? { id: { in: part } } : { organisation: { creditCode: { in: part } } }) },
      select: {
        id: true,
        claimYear: true,
        organisation: { select: { creditCode: true } },
        lines: { select: { id: true, lineNo: true, contractRegNo: true, clientName: true, executedUsdCents: true }, orderBy: { lineNo: "asc" } },
      },
    });
    await storeResults(db, cityId, await reconcileBatch(db, cityId, claims), now);
    reconciled += claims.length;
    for (const claim of claims) refreshedIds.push(claim.id);
  }
  await refreshClaimRiskSignals(db, cityId, { offshoreClaimIds: refreshedIds, withSharers: ids !== null }, now);
  return reconciled;
}

type BatchClaim = { id: string; claimYear: number; organisation: { creditCode: string }; lines: ClaimToReconcile["lines"] };

async function reconcileBatch(db: Db, cityId: string, claims: readonly BatchClaim[]) {
  if (claims.length === 0) return [];
  const codes = [...new Set(claims.map((c) => c.organisation.creditCode))];
  const years = [...new Set(claims.map((c) => c.claimYear))];
  const [executions, receipts, rates, versions] = await Promise.all([
    db.statisticsExecution.findMany({ where: { cityId, creditCode: { in: codes } }, select: { creditCode: true, contractNo: true, executedMinor: true, currency: true, periodStart: true, periodEnd: true } }),
    db.fxReceipt.findMany({
      where: { cityId, creditCode: { in: codes }, source: "BUREAU", receivedOn: { gte: new Date(Date.UTC(Math.min(...years), 0, 1)), lt: new Date(Date.UTC(Math.max(...years) + 1, 0, 1)) } },
      select: { creditCode: true, payerName: true, receivedOn: true, amountMinor: true, currency: true },
    }),
    db.usdRate.findMany({ where: { cityId, year: { in: years } }, select: { year: true, currency: true, ratePerUsdMicro: true } }),
    loadPolicyVersions(db, cityId),
  ]);
  // The tolerance is the city's policy's for each claim year (one look-up per year, not per claim).
  const tolerance = new Map(years.map((year) => [year, verificationParametersForYear(versions, year).toleranceBasisPoints]));
  const executionsOf = groupBy(executions, (e) => e.creditCode);
  const receiptsOf = groupBy(receipts, (r) => r.creditCode);
  const ratesOf = groupBy(rates, (r) => String(r.year));
  return claims.map((claim) => ({
    claimId: claim.id,
    result: reconcileAgainst(claim, {
      executions: executionsOf.get(claim.organisation.creditCode) ?? [],
      receipts: receiptsOf.get(claim.organisation.creditCode) ?? [],
      rates: ratesOf.get(String(claim.claimYear)) ?? [],
    }, tolerance.get(claim.claimYear)),
  }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The batch's results, inserted or replaced in one statement (one array parameter per column). */
async function storeResults(db: Db, cityId: string, results: ReadonlyArray<{ claimId: string; result: ClaimReconciliation }>, now: Date) {
  if (results.length === 0) return;
  const col = <T>(f: (r: { claimId: string; result: ClaimReconciliation }) => T) => results.map(f);
  await db.$executeRaw`
    INSERT INTO "OffshoreClaimReconciliation" ("claimId", "cityId", "dataAvailable", "linesWithIssues", "declaredUsdCents", "verifiedUsdCents", "refreshedAt")
    SELECT u."claimId", ${cityId}, u."dataAvailable", u."linesWithIssues", u."declaredUsdCents", u."verifiedUsdCents", ${now}
    FROM unnest(
      ${col((r) => r.claimId)}::uuid[], ${col((r) => r.result.dataAvailable)}::boolean[],
      ${col((r) => (r.result.dataAvailable ? r.result.linesWithIssues : 0))}::int[],
      ${col((r) => String(r.result.declaredUsdCents))}::bigint[], ${col((r) => String(r.result.verifiedUsdCents))}::bigint[]
    ) AS u("claimId", "dataAvailable", "linesWithIssues", "declaredUsdCents", "verifiedUsdCents")
    ON CONFLICT ("claimId") DO UPDATE SET
      "dataAvailable" = EXCLUDED."dataAvailable", "linesWithIssues" = EXCLUDED."linesWithIssues",
      "declaredUsdCents" = EXCLUDED."declaredUsdCents", "verifiedUsdCents" = EXCLUDED."verifiedUsdCents", "refreshedAt" = EXCLUDED."refreshedAt"`;
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
