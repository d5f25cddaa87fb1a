import type { Db } from "@/lib/db";
import { DECIDED_STATUSES } from "@/lib/claim-lifecycle";
import { isoDateFromDbDate, todayInChina } from "@/lib/eligibility";
import type { EffectiveDateFacts } from "./effective-date-rule";

/**
 * What lib/policy/effective-date-rule.ts needs from the database: the last published version's
 * first day and the latest date that chose a version for a decided claim (1 January of a rule-A
 * claim year; a rule-B line's contract signing date).
 */
export async function loadEffectiveDateFacts(db: Db, cityId: string, now: Date = new Date()): Promise<EffectiveDateFacts> {
  const [latestPublished, latestOffshore, latestTraining] = await Promise.all([
    db.policyVersion.findFirst({ where: { cityId, status: "PUBLISHED" }, orderBy: { effectiveFrom: "desc" }, select: { effectiveFrom: true } }),
    db.offshoreClaim.aggregate({ where: { cityId, status: { in: DECIDED_STATUSES } }, _max: { claimYear: true } }),
    db.employmentContract.aggregate({
      where: { claimLines: { some: { claim: { cityId, status: { in: DECIDED_STATUSES } } } } },
      _max: { signedOn: true },
    }),
  ]);
  const dates = [
    latestOffshore._max.claimYear ? `${String(latestOffshore._max.claimYear).padStart(4, "0")}-01-01` : null,
    latestTraining._max.signedOn ? isoDateFromDbDate(latestTraining._max.signedOn) : null,
  ].filter((d): d is string => d !== null);
  return {
    today: todayInChina(now.getTime()),
    latestPublishedFrom: latestPublished ? isoDateFromDbDate(latestPublished.effectiveFrom) : null,
    latestDecidedPolicyDate: dates.sort().at(-1) ?? null,
  };
}
