import { dateOfDayNumber, dayNumberOf } from "@/lib/calendar/calendar-dates";
import { FIRST_CLAIM_YEAR } from "@/lib/schemas/offshore-claim";

// When a new policy version may take effect. Decisions (issue 17):
// - never today or earlier: a version takes effect from the next day at the soonest, so nothing
//   submitted or decided today changes meaning under anyone's feet;
// - after the last published version's first day: a new version ends the history, it is never
//   slipped in before a later one (two drafts published over each other are refused here);
// - after the latest "policy date" of any decided claim (1 January of a rule-A claim year, the
//   signing date of a rule-B contract): that version's range covered the decision and must keep
//   covering it, since past decisions are never recomputed.
// - a city's FIRST version (issue 22: a city added to the deployment) may reach back to the first
//   claim year the portal takes: with no version published in the city, nothing can have been
//   submitted for a decision or decided there, so nothing changes meaning; and a city joins to pay
//   the claims of the years before it joined (a rule-A claim's policy date is 1 January of its year,
//   so a first version from tomorrow would decide nothing for more than a year).
// All dates are "YYYY-MM-DD" China dates, which compare as strings.

export interface EffectiveDateFacts {
  today: string;
  latestPublishedFrom: string | null;
  latestDecidedPolicyDate: string | null;
}

export type EffectiveDateRefusal =
  | { code: "policyEffectiveBeforeFirstClaimYear"; earliest: string }
  | { code: "policyEffectiveNotAfterToday"; earliest: string }
  | { code: "policyEffectiveBeforeLatest"; earliest: string; latest: string }
  | { code: "policyEffectiveInDecidedRange"; earliest: string; decided: string };

/** The day after a "YYYY-MM-DD" date. */
export function dayAfter(date: string): string {
  const day = dayNumberOf(date);
  if (day === null) throw new RangeError(`not a date: ${date}`);
  return dateOfDayNumber(day + 1);
}

/** The day before a "YYYY-MM-DD" date (where the previous version's range ends). */
export function dayBefore(date: string): string {
  const day = dayNumberOf(date);
  if (day === null) throw new RangeError(`not a date: ${date}`);
  return dateOfDayNumber(day - 1);
}

/** The earliest first day of a city's first version: 1 January of the first claim year. */
export const FIRST_VERSION_EARLIEST = `${FIRST_CLAIM_YEAR}-01-01`;

function isFirstVersion(facts: EffectiveDateFacts): boolean {
  return facts.latestPublishedFrom === null && facts.latestDecidedPolicyDate === null;
}

/** The first day a new version may take effect, given the facts. */
export function earliestEffectiveDate(facts: EffectiveDateFacts): string {
  if (isFirstVersion(facts)) return FIRST_VERSION_EARLIEST;
  const candidates = [dayAfter(facts.today)];
  if (facts.latestPublishedFrom) candidates.push(dayAfter(facts.latestPublishedFrom));
  if (facts.latestDecidedPolicyDate) candidates.push(dayAfter(facts.latestDecidedPolicyDate));
  return candidates.sort().at(-1)!;
}

/** Why `effectiveFrom` is refused, or null when it may take effect then. */
export function checkEffectiveDate(effectiveFrom: string, facts: EffectiveDateFacts): EffectiveDateRefusal | null {
  const earliest = earliestEffectiveDate(facts);
  if (effectiveFrom >= earliest) return null;
  if (isFirstVersion(facts)) return { code: "policyEffectiveBeforeFirstClaimYear", earliest };
  if (effectiveFrom <= facts.today) return { code: "policyEffectiveNotAfterToday", earliest };
  if (facts.latestPublishedFrom && effectiveFrom <= facts.latestPublishedFrom) {
    return { code: "policyEffectiveBeforeLatest", earliest, latest: facts.latestPublishedFrom };
  }
  return { code: "policyEffectiveInDecidedRange", earliest, decided: facts.latestDecidedPolicyDate! };
}
