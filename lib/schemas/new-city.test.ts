import { describe, expect, it } from "vitest";
import { newCitySchema, type NewCityInput } from "./new-city";

const valid: NewCityInput = {
  cityId: "Jiujiang",
  nameZh: "九江市",
  nameEn: "Jiujiang",
  divisionPrefixes: " 3604， 360428、3604 ",
  districts: "XUNYANG 浔阳区 Xunyang District\nLIANXI 濂溪区 Lianxi District",
  bureauNameZh: "九江市商务局",
  bureauNameEn: "Jiujiang Municipal Bureau of Commerce",
  mailFrom: "",
  administratorName: "浔管理",
  administratorEmail: "Admin@JJ.example.test",
  administratorPassword: "Jiujiang-Password-2026",
};

const issuesOf = (input: NewCityInput) => {
  const result = newCitySchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("newCitySchema", () => {
  it("normalises the identifier, splits the division codes on any comma, drops repeats and an empty sender", () => {
    expect(newCitySchema.parse(valid)).toMatchObject({ cityId: "jiujiang", divisionPrefixes: ["3604", "360428"], mailFrom: undefined, administratorEmail: "admin@jj.example.test" });
    expect(newCitySchema.parse(valid).districts).toEqual([
      { code: "XUNYANG", nameZh: "浔阳区", nameEn: "Xunyang District" },
      { code: "LIANXI", nameZh: "濂溪区", nameEn: "Lianxi District" },
    ]);
  });

  it("refuses an identifier that cannot be a path segment", () => {
    for (const cityId of ["9jiang", "j", "jiu jiang", "九江", "a".repeat(41)]) expect(issuesOf({ ...valid, cityId })).toEqual({ cityId: "cityId" });
  });

  it("refuses division codes that are not 4 or 6 digits", () => {
    for (const divisionPrefixes of ["36", "36041", "3604x", "3604, 43"]) expect(issuesOf({ ...valid, divisionPrefixes })).toEqual({ divisionPrefixes: "divisionPrefixes" });
    expect(issuesOf({ ...valid, divisionPrefixes: " ，" })).toEqual({ divisionPrefixes: "divisionPrefixes" });
    expect(issuesOf({ ...valid, divisionPrefixes: "" })).toMatchObject({ divisionPrefixes: "required" });
  });

  it("takes a sender as an address or a name and address, nothing that could add a header", () => {
    expect(newCitySchema.parse({ ...valid, mailFrom: "九江市商务局 <fwwb@jj.gov.cn>" }).mailFrom).toBe("九江市商务局 <fwwb@jj.gov.cn>");
    expect(newCitySchema.parse({ ...valid, mailFrom: "fwwb@jj.gov.cn" }).mailFrom).toBe("fwwb@jj.gov.cn");
    for (const mailFrom of ["not an address", "a <b@c.d>\r\nBcc: x@y.z", '"quoted" <b@c.d>']) expect(issuesOf({ ...valid, mailFrom })).toEqual({ mailFrom: "mailFrom" });
  });

  it("needs at least one district, and says a list's mistake at the districts field", () => {
    expect(issuesOf({ ...valid, districts: " \n \n" })).toEqual({ districts: "required" });
    expect(issuesOf({ ...valid, districts: "XUNYANG 浔阳区" })).toEqual({ districts: "cityDistrictNames?line=1" });
  });
});
