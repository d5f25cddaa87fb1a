import { describe, expect, it } from "vitest";
import { makeCreditCode } from "@/lib/eligibility";
import { cityOfDistrict, districtName, districtRefusal, districtsForCreditCode, districtsOfCity, DISTRICT_CODE_PATTERN, OUTSIDE_NANCHANG, type CityDistricts } from "./districts";

const code = (region: string) => makeCreditCode(`91${region}MA35AB12C`);
const district = (code: string, nameZh: string, nameEn: string) => ({ code, nameZh, nameEn });

// Two cities' lists as the database holds them (CityDistrict), shortened.
const NANCHANG: CityDistricts = {
  cityId: "nanchang",
  nameZh: "南昌市",
  nameEn: "Nanchang",
  divisionPrefixes: ["3601"],
  districts: [district("DONGHU", "东湖区", "Donghu District"), district("HONGGUTAN", "红谷滩区", "Honggutan District")],
};
const CHANGSHA: CityDistricts = {
  cityId: "changsha",
  nameZh: "长沙市",
  nameEn: "Changsha",
  divisionPrefixes: ["4301"],
  districts: [district("FURONG", "芙蓉区", "Furong District"), district("YUELU", "岳麓区", "Yuelu District")],
};
const BOTH = [NANCHANG, CHANGSHA];
const IN_NANCHANG = { code: "districtInCity", params: { city: "南昌市", cityEn: "Nanchang" } };
const IN_CHANGSHA = { code: "districtInCity", params: { city: "长沙市", cityEn: "Changsha" } };

describe("districts per city", () => {
  it("lists each city's own districts, and none for a city without a list", () => {
    expect(districtsOfCity(BOTH, "nanchang")).toContain("HONGGUTAN");
    expect(districtsOfCity(BOTH, "nanchang")).not.toContain("YUELU");
    expect(districtsOfCity(BOTH, "changsha")).toContain("YUELU");
    expect(districtsOfCity(BOTH, "wuhan")).toEqual([]);
    expect(districtsOfCity([...BOTH, { cityId: "wuhan", nameZh: "武汉市", nameEn: "Wuhan", divisionPrefixes: ["4201"], districts: [] }], "wuhan")).toEqual([]);
  });

  it("gives a code's shape, and \"outside\" fits it (the database keeps it out of every city's list)", () => {
    for (const c of ["HONGGUTAN", "NANCHANG_COUNTY", "ZONE2", "X"]) expect(DISTRICT_CODE_PATTERN.test(c)).toBe(true);
    for (const c of ["honggutan", "2ZONE", "_X", "红谷滩", "A-B", "", "A".repeat(41)]) expect(DISTRICT_CODE_PATTERN.test(c)).toBe(false);
    expect(DISTRICT_CODE_PATTERN.test(OUTSIDE_NANCHANG)).toBe(true);
  });

  it("offers a credit code its own city's districts, or only outside", () => {
    expect(districtsForCreditCode(code("360106"), BOTH)).toContain("DONGHU");
    expect(districtsForCreditCode(code("430102"), BOTH)).toEqual(expect.arrayContaining(["YUELU"]));
    expect(districtsForCreditCode(code("430102"), BOTH)).not.toContain("DONGHU");
    expect(districtsForCreditCode(code("440300"), BOTH)).toEqual([OUTSIDE_NANCHANG]);
  });

  it("names the city of a district, and none for outside", () => {
    expect(cityOfDistrict(BOTH, "DONGHU")).toBe("nanchang");
    expect(cityOfDistrict(BOTH, "FURONG")).toBe("changsha");
    expect(cityOfDistrict(BOTH, OUTSIDE_NANCHANG)).toBeNull();
  });

  it("names a district in the reader's language from its own city's list", () => {
    expect(districtName(BOTH, "nanchang", "HONGGUTAN", false)).toBe("红谷滩区");
    expect(districtName(BOTH, "nanchang", "HONGGUTAN", true)).toBe("Honggutan District");
    expect(districtName(BOTH, "changsha", "HONGGUTAN", false)).toBeNull();
    expect(districtName(BOTH, "nanchang", OUTSIDE_NANCHANG, false)).toBeNull();
  });

  it("accepts a district of the credit code's own city", () => {
    expect(districtRefusal(code("360106"), "HONGGUTAN", BOTH)).toBeNull();
    expect(districtRefusal(code("430102"), "FURONG", BOTH)).toBeNull();
    expect(districtRefusal(code("440300"), OUTSIDE_NANCHANG, BOTH)).toBeNull();
  });

  it("refuses another city's district, and outside, for a code of a listed city, saying which city's to choose", () => {
    expect(districtRefusal(code("360106"), "FURONG", BOTH)).toEqual(IN_NANCHANG);
    expect(districtRefusal(code("360106"), OUTSIDE_NANCHANG, BOTH)).toEqual(IN_NANCHANG);
    expect(districtRefusal(code("430102"), "HONGGUTAN", BOTH)).toEqual(IN_CHANGSHA);
  });

  it("refuses every district for a code of a served city without a list yet (it has nothing to choose)", () => {
    const wuhan: CityDistricts = { cityId: "wuhan", nameZh: "武汉市", nameEn: "Wuhan", divisionPrefixes: ["4201"], districts: [] };
    expect(districtRefusal(code("420102"), OUTSIDE_NANCHANG, [...BOTH, wuhan])).toEqual({ code: "districtInCity", params: { city: "武汉市", cityEn: "Wuhan" } });
    expect(districtsForCreditCode(code("420102"), [...BOTH, wuhan])).toEqual([]);
  });

  it("treats a code of a city the portal does not serve as outside: a one-city portal serves it from its city", () => {
    expect(districtRefusal(code("430102"), OUTSIDE_NANCHANG, [NANCHANG])).toBeNull();
    expect(districtRefusal(code("430102"), "FURONG", [NANCHANG])).toEqual({ code: "districtOutsideNanchang" });
    expect(districtsForCreditCode(code("430102"), [NANCHANG])).toEqual([OUTSIDE_NANCHANG]);
    expect(districtRefusal(code("360106"), "HONGGUTAN", [NANCHANG])).toBeNull();
  });

  it("refuses any city's district for a code registered elsewhere", () => {
    expect(districtRefusal(code("440300"), "DONGHU", BOTH)).toEqual({ code: "districtOutsideNanchang" });
    expect(districtRefusal(code("440300"), "YUELU", BOTH)).toEqual({ code: "districtOutsideNanchang" });
  });

  it("lets the longest division prefix decide, as the city rule does", () => {
    const county: CityDistricts = { cityId: "nanchang-county", nameZh: "南昌县", nameEn: "Nanchang County", divisionPrefixes: ["360121"], districts: [district("LIANTANG", "莲塘镇", "Liantang")] };
    expect(districtRefusal(code("360121"), "LIANTANG", [NANCHANG, county])).toBeNull();
    expect(districtRefusal(code("360121"), "DONGHU", [NANCHANG, county])).toEqual({ code: "districtInCity", params: { city: "南昌县", cityEn: "Nanchang County" } });
    expect(districtRefusal(code("360106"), "DONGHU", [NANCHANG, county])).toBeNull();
  });
});
