import type { Db } from "@/lib/db";
import type { OrganisationScope } from "@/lib/auth/actors";
import { evaluateOffshoreIncentive, isoDateFromDbDate, todayInChina } from "@/lib/eligibility";
import { policyForClaimYear } from "@/lib/policy/load-policy-versions";
import { FIRST_CLAIM_YEAR } from "@/lib/schemas/offshore-claim";
import type { UsdRates } from "../reconcile-claim-line";
import { prefillYears, type PrefillLine } from "../prefill-years";
import { claimLineFromStatistics } from "./claim-line-from-statistics";

export interface PrefillOffer {
  year: number;
  executedUsdCents: bigint;
  /** What rule A would grant on these figures under the year's policy (nothing granted before: the year is unclaimed). */
  amountFen: number;
  lines: PrefillLine[];
  /** Records a draft cannot hold: a currency without the year's rate, a country or category the claim form does not know. */
  skippedRecords: number;
}

/**
 * Issue 18, 免申即享: the years in which the statistics the bureau of the enterprise's city imported
 * put the enterprise above the rule-A threshold and for which it has no claim, with the likely
 * amount and the lines a draft would hold. Read-only: four queries and the cached policies.
 */
export async function findPrefillOffers(db: Db, enterprise: OrganisationScope, now: Date = new Date()): Promise<PrefillOffer[]> {
  const { creditCode } = await db.organisation.findUniqueOrThrow({ where: { id: enterprise.organisationId }, select: { creditCode: true } });
  const scope = { cityId: enterprise.cityId, creditCode };
  const [records, receipts, rates, claims] = await Promise.all([
    db.statisticsExecution.findMany({ where: scope }),
    db.fxReceipt.findMany({ where: { ...scope, source: "BUREAU" }, select: { payerName: true, receivedOn: true } }),
    db.usdRate.findMany({ where: { cityId: enterprise.cityId } }),
    db.offshoreClaim.findMany({ where: { organisationId: enterprise.organisationId }, select: { claimYear: true } }),
  ]);
  if (records.length === 0) return [];
  const ratesByYear = new Map<number, Record<string, bigint>>();
  for (const rate of rates) ratesByYear.set(rate.year, { ...(ratesByYear.get(rate.year) ?? {}), [rate.currency]: rate.ratePerUsdMicro });
  const today = todayInChina(now.getTime());
  const years = prefillYears({
    records: records.map((r) => ({ ...r, periodStart: isoDateFromDbDate(r.periodStart), periodEnd: isoDateFromDbDate(r.periodEnd) })),
    receipts: receipts.map((r) => ({ payerName: r.payerName, receivedOn: isoDateFromDbDate(r.receivedOn) })),
    ratesByYear: ratesByYear as ReadonlyMap<number, UsdRates>,
    claimedYears: new Set(claims.map((c) => c.claimYear)),
    years: { first: FIRST_CLAIM_YEAR, last: Number(today.slice(0, 4)) },
    today,
  });
  const offers: PrefillOffer[] = [];
  for (const year of years) {
    // Lines the claim form would refuse (unknown country or category) are left to the enterprise.
    const lines = year.lines.filter((line) => claimLineFromStatistics(line) !== null);
    const executedUsdCents = lines.reduce((sum, l) => sum + l.executedUsdCents, 0n);
    const policy = await policyForClaimYear(db, enterprise.cityId, year.year);
    const result = evaluateOffshoreIncentive({ claimYear: year.year, offshoreUsdCents: Number(executedUsdCents), grantedFenThisYear: 0 }, policy);
    if (!result.eligible || result.amountFen <= 0) continue;
    offers.push({ year: year.year, executedUsdCents, amountFen: result.amountFen, lines, skippedRecords: year.unconvertedRecords + (year.lines.length - lines.length) });
  }
  return offers;
}
