import { describe, expect, it } from "vitest";
import { chinaDateOf, dayNumberOf, isWeekend, yearsToEnter } from "./calendar-dates";

describe("calendar dates", () => {
  it("reads only real YYYY-MM-DD dates", () => {
    expect(dayNumberOf("1970-01-02")).toBe(1);
    expect(dayNumberOf("2024-02-29")).not.toBeNull();
    for (const bad of ["2025-02-29", "2025-13-01", "2025-1-01", " 2025-01-01", "2025-01-01T00:00", "0001-01-01"]) expect(dayNumberOf(bad)).toBeNull();
  });
  it("knows the weekend", () => {
    expect([isWeekend("2025-09-27"), isWeekend("2025-09-28"), isWeekend("2025-09-29")]).toEqual([true, true, false]);
  });
  it("takes the China calendar day of an instant", () => {
    expect(chinaDateOf(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
    expect(chinaDateOf(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });
  it("asks for this year and next year where unknown", () => {
    expect(yearsToEnter(2026, (y) => y <= 2026)).toEqual([2027]);
    expect(yearsToEnter(2027, (y) => y <= 2026)).toEqual([2027, 2028]);
    expect(yearsToEnter(2026, () => true)).toEqual([]);
  });
});
