import type { IsoDate } from "@/lib/eligibility";

/** Growth in basis points (2000 = 20 %), integer arithmetic; null without a previous figure. */
export function growthBasisPoints(current: bigint, previous: bigint): number | null {
  if (previous <= 0n) return null;
  return Number(((current - previous) * 10_000n) / previous);
}

/**
 * How the dashboard's growth figure compares a claim year with the year before.
 * - "fullYear": the year has ended (in China): whole year against whole year, offshore and onshore.
 * - "sameMonths": the year is still running: the offshore business received in its completed
 *   months (January to `months`) against the same months of the year before. A part year against
 *   a whole year read as a fall of some 80 % in autumn; onshore business has no date per month, so
 *   this comparison is offshore only, and the page says so.
 * - "notComplete": the year has no completed month yet (January, or a year still to come).
 */
export type BusinessGrowth =
  | { basis: "fullYear"; currentUsdCents: bigint; previousUsdCents: bigint; basisPoints: number | null }
  | { basis: "sameMonths"; months: number; currentUsdCents: bigint; previousUsdCents: bigint; basisPoints: number | null }
  | { basis: "notComplete" };

export interface BusinessFigures {
  /** Offshore plus onshore business of the whole year, USD cents. */
  totalUsdCents: bigint;
  /** Offshore business by month of its foreign-exchange receipt: index 0 is January; 12 entries. */
  offshoreByMonthUsdCents: readonly bigint[];
}

export function businessGrowth(year: number, today: IsoDate, current: BusinessFigures, previous: BusinessFigures): BusinessGrowth {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) {
    return { basis: "fullYear", currentUsdCents: current.totalUsdCents, previousUsdCents: previous.totalUsdCents, basisPoints: growthBasisPoints(current.totalUsdCents, previous.totalUsdCents) };
  }
  const months = year === thisYear ? Number(today.slice(5, 7)) - 1 : 0;
  if (months === 0) return { basis: "notComplete" };
  const sum = (byMonth: readonly bigint[]) => byMonth.slice(0, months).reduce((a, b) => a + b, 0n);
  const currentUsdCents = sum(current.offshoreByMonthUsdCents);
  const previousUsdCents = sum(previous.offshoreByMonthUsdCents);
  return { basis: "sameMonths", months, currentUsdCents, previousUsdCents, basisPoints: growthBasisPoints(currentUsdCents, previousUsdCents) };
}
