import { describe, expect, it } from "vitest";
import { makeCreditCode } from "@/lib/eligibility";
import { cityOfDistrict, districtRefusal, districtsForCreditCode, districtsOfCity, DISTRICTS, OUTSIDE_NANCHANG } from "./districts";

const code = (region: string) => makeCreditCode(`91${region}MA35AB12C`);
const BOTH = ["nanchang", "changsha"];

describe("districts per city", () => {
  it("lists each city's own districts, and none for a city without a list", () => {
    expect(districtsOfCity("nanchang")).toContain("HONGGUTAN");
    expect(districtsOfCity("nanchang")).not.toContain("YUELU");
    expect(districtsOfCity("changsha")).toContain("YUELU");
    expect(districtsOfCity("wuhan")).toEqual([]);
    expect(new Set(DISTRICTS).size).toBe(DISTRICTS.length);
  });

  it("offers a credit code its own city's districts, or only outside", () => {
    expect(districtsForCreditCode(code("360106"), BOTH)).toContain("DONGHU");
    expect(districtsForCreditCode(code("430102"), BOTH)).toEqual(expect.arrayContaining(["YUELU"]));
    expect(districtsForCreditCode(code("430102"), BOTH)).not.toContain("DONGHU");
    expect(districtsForCreditCode(code("440300"), BOTH)).toEqual([OUTSIDE_NANCHANG]);
  });

  it("names the city of a district, and none for outside", () => {
    expect(cityOfDistrict("DONGHU")).toBe("nanchang");
    expect(cityOfDistrict("FURONG")).toBe("changsha");
    expect(cityOfDistrict(OUTSIDE_NANCHANG)).toBeNull();
  });

  it("accepts a district of the credit code's own city", () => {
    expect(districtRefusal(code("360106"), "HONGGUTAN", BOTH)).toBeNull();
    expect(districtRefusal(code("430102"), "FURONG", BOTH)).toBeNull();
    expect(districtRefusal(code("440300"), OUTSIDE_NANCHANG, BOTH)).toBeNull();
  });

  it("refuses another city's district, and outside, for a code of a listed city, saying which city's to choose", () => {
    expect(districtRefusal(code("360106"), "FURONG", BOTH)).toBe("districtInNanchang");
    expect(districtRefusal(code("360106"), OUTSIDE_NANCHANG, BOTH)).toBe("districtInNanchang");
    expect(districtRefusal(code("430102"), "HONGGUTAN", BOTH)).toBe("districtInChangsha");
  });

  it("treats a code of a city the portal does not serve as outside: a one-city portal serves it from its city", () => {
    expect(districtRefusal(code("430102"), OUTSIDE_NANCHANG, ["nanchang"])).toBeNull();
    expect(districtRefusal(code("430102"), "FURONG", ["nanchang"])).toBe("districtOutsideNanchang");
    expect(districtsForCreditCode(code("430102"), ["nanchang"])).toEqual([OUTSIDE_NANCHANG]);
  });

  it("refuses any city's district for a code registered elsewhere", () => {
    expect(districtRefusal(code("440300"), "DONGHU", BOTH)).toBe("districtOutsideNanchang");
    expect(districtRefusal(code("440300"), "YUELU", BOTH)).toBe("districtOutsideNanchang");
  });
});
