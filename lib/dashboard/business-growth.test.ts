import { describe, expect, it } from "vitest";
import { businessGrowth, growthBasisPoints } from "./business-growth";

const monthly = (...cents: number[]) => Array.from({ length: 12 }, (_, i) => BigInt(cents[i] ?? 0));

describe("growthBasisPoints", () => {
  it("is integer basis points, and null without a previous figure", () => {
    expect(growthBasisPoints(120n, 100n)).toBe(2000);
    expect(growthBasisPoints(70n, 100n)).toBe(-3000);
    expect(growthBasisPoints(5n, 0n)).toBeNull();
  });
});

describe("businessGrowth", () => {
  // 2025: 100 a month all year. 2026: 110 a month so far (to November).
  const previous = { totalUsdCents: 1_500n, offshoreByMonthUsdCents: monthly(...Array(12).fill(100)) };
  const current = { totalUsdCents: 1_210n, offshoreByMonthUsdCents: monthly(...Array(11).fill(110)) };

  it("compares the completed months of a running year with the same months of the year before, not with the whole year", () => {
    // Whole year against part year would read (1210 - 1500) / 1500 = -19.33 %; the same months are +10 %.
    expect(businessGrowth(2026, "2026-12-06", current, previous)).toEqual({ basis: "sameMonths", months: 11, currentUsdCents: 1_210n, previousUsdCents: 1_100n, basisPoints: 1000 });
  });

  it("leaves out the month still running", () => {
    const early = { totalUsdCents: 330n, offshoreByMonthUsdCents: monthly(110, 110, 999) };
    expect(businessGrowth(2026, "2026-03-31", early, previous)).toMatchObject({ basis: "sameMonths", months: 2, currentUsdCents: 220n, previousUsdCents: 200n, basisPoints: 1000 });
  });

  it("says the year is not complete before its first month has ended, and for a year to come", () => {
    expect(businessGrowth(2026, "2026-01-31", current, previous)).toEqual({ basis: "notComplete" });
    expect(businessGrowth(2027, "2026-12-06", current, previous)).toEqual({ basis: "notComplete" });
  });

  it("compares whole years, offshore and onshore, once the year has ended", () => {
    expect(businessGrowth(2025, "2026-01-01", { ...current, totalUsdCents: 1_800n }, previous)).toEqual({ basis: "fullYear", currentUsdCents: 1_800n, previousUsdCents: 1_500n, basisPoints: 2000 });
  });

  it("has no figure without business in the months compared the year before", () => {
    expect(businessGrowth(2026, "2026-06-15", current, { totalUsdCents: 0n, offshoreByMonthUsdCents: monthly() })).toMatchObject({ basis: "sameMonths", basisPoints: null });
  });
});
