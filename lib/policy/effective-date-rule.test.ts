import { describe, expect, it } from "vitest";
import { checkEffectiveDate, dayAfter, dayBefore, earliestEffectiveDate } from "./effective-date-rule";

const facts = { today: "2026-12-07", latestPublishedFrom: "2015-01-01", latestDecidedPolicyDate: "2026-01-01" };

describe("when a new policy version may take effect", () => {
  it("is tomorrow at the soonest", () => {
    expect(earliestEffectiveDate(facts)).toBe("2026-12-08");
    expect(checkEffectiveDate("2026-12-08", facts)).toBeNull();
    expect(checkEffectiveDate("2026-12-07", facts)).toEqual({ code: "policyEffectiveNotAfterToday", earliest: "2026-12-08" });
    expect(checkEffectiveDate("2020-01-01", facts)?.code).toBe("policyEffectiveNotAfterToday");
  });

  it("never comes before or on the first day of the last published version", () => {
    const later = { ...facts, latestPublishedFrom: "2027-01-01" };
    expect(earliestEffectiveDate(later)).toBe("2027-01-02");
    expect(checkEffectiveDate("2027-01-01", later)).toEqual({ code: "policyEffectiveBeforeLatest", earliest: "2027-01-02", latest: "2027-01-01" });
    expect(checkEffectiveDate("2026-12-20", later)?.code).toBe("policyEffectiveBeforeLatest");
    expect(checkEffectiveDate("2027-01-02", later)).toBeNull();
  });

  it("never covers the policy date of a decided claim", () => {
    // A rule-B contract signed in the future of today cannot exist, but a correction of the clock or
    // data entered ahead must not let a version take over a decided claim's date.
    const decidedAhead = { ...facts, latestDecidedPolicyDate: "2027-03-31" };
    expect(checkEffectiveDate("2027-03-31", decidedAhead)).toEqual({ code: "policyEffectiveInDecidedRange", earliest: "2027-04-01", decided: "2027-03-31" });
    expect(checkEffectiveDate("2027-04-01", decidedAhead)).toBeNull();
  });

  it("lets a city's first version reach back to the first claim year, and no further", () => {
    const newCity = { today: "2026-12-07", latestPublishedFrom: null, latestDecidedPolicyDate: null };
    expect(earliestEffectiveDate(newCity)).toBe("2013-01-01");
    expect(checkEffectiveDate("2025-01-01", newCity)).toBeNull();
    expect(checkEffectiveDate("2026-12-07", newCity)).toBeNull();
    expect(checkEffectiveDate("2012-12-31", newCity)).toEqual({ code: "policyEffectiveBeforeFirstClaimYear", earliest: "2013-01-01" });
    // Once one version is published, the next one is tomorrow's at the soonest again.
    expect(checkEffectiveDate("2025-01-01", { ...newCity, latestPublishedFrom: "2025-01-01" })?.code).toBe("policyEffectiveNotAfterToday");
  });

  it("counts days across month and year ends", () => {
    expect(dayAfter("2026-12-31")).toBe("2027-01-01");
    expect(dayAfter("2028-02-28")).toBe("2028-02-29");
    expect(dayBefore("2027-01-01")).toBe("2026-12-31");
    expect(dayBefore("2027-03-01")).toBe("2027-02-28");
    expect(() => dayAfter("2027-02-30")).toThrow(RangeError);
  });
});
