import { describe, expect, it } from "vitest";
import { splitMessage } from "./message-values";
import { cityDistrictsField, CITY_DISTRICTS_MAX, splitDistrictLines } from "./city-districts";

const mistakeOf = (text: string) => {
  const result = cityDistrictsField.safeParse(text);
  if (result.success) return null;
  expect(result.error.issues).toHaveLength(1);
  return splitMessage(result.error.issues[0]!.message);
};

describe("a city's districts as the province administrator types them", () => {
  it("reads one district per line: the code, the Chinese name, the rest the English name; blank lines and extra spaces do not count", () => {
    expect(cityDistrictsField.parse("\n  XUNYANG   浔阳区  Xunyang   District \r\n\nLUSHAN_CITY 庐山市 Lushan\n")).toEqual([
      { code: "XUNYANG", nameZh: "浔阳区", nameEn: "Xunyang District" },
      { code: "LUSHAN_CITY", nameZh: "庐山市", nameEn: "Lushan" },
    ]);
  });

  it("keeps the order typed (the forms list them so) and numbers lines as the text does", () => {
    expect(splitDistrictLines("B 乙 Bee\n\nA 甲 Ay").map((d) => [d.line, d.code])).toEqual([
      [1, "B"],
      [3, "A"],
    ]);
  });

  it("needs at least one district", () => {
    expect(mistakeOf("")).toEqual({ key: "required", values: {} });
    expect(mistakeOf(" \n\t\n")).toEqual({ key: "required", values: {} });
  });

  it("refuses a code that is not upper-case A-Z, 0-9 and _, or is the reserved \"outside\", naming the line and the code", () => {
    for (const code of ["xunyang", "2ND", "_A", "浔阳区", "A-B", "A".repeat(41)]) {
      expect(mistakeOf(`XUNYANG 浔阳区 Xunyang District\n${code} 某区 Some District`)).toEqual({ key: "cityDistrictCode", values: { line: "2", code } });
    }
    expect(mistakeOf("OUTSIDE_NANCHANG 本市以外 Outside")).toEqual({ key: "cityDistrictCode", values: { line: "1", code: "OUTSIDE_NANCHANG" } });
  });

  it("needs both names", () => {
    expect(mistakeOf("XUNYANG")).toEqual({ key: "cityDistrictNames", values: { line: "1" } });
    expect(mistakeOf("XUNYANG 浔阳区 Xunyang\nLIANXI 濂溪区")).toEqual({ key: "cityDistrictNames", values: { line: "2" } });
  });

  it("refuses names longer than the columns' limits", () => {
    expect(mistakeOf(`XUNYANG ${"浔".repeat(41)} Xunyang`)).toEqual({ key: "cityDistrictNamesTooLong", values: { line: "1" } });
    expect(mistakeOf(`XUNYANG 浔阳区 ${"X".repeat(121)}`)).toEqual({ key: "cityDistrictNamesTooLong", values: { line: "1" } });
    expect(cityDistrictsField.safeParse(`XUNYANG ${"浔".repeat(40)} ${"X".repeat(120)}`).success).toBe(true);
  });

  it("refuses a code given twice, at its second line", () => {
    expect(mistakeOf("XUNYANG 浔阳区 Xunyang\nLIANXI 濂溪区 Lianxi\nXUNYANG 浔阳 Xunyang again")).toEqual({ key: "cityDistrictCodeRepeated", values: { line: "3", code: "XUNYANG" } });
  });

  it("refuses more districts than a city has", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `D${i} 区${i} District ${i}`).join("\n");
    expect(cityDistrictsField.safeParse(lines(CITY_DISTRICTS_MAX)).success).toBe(true);
    expect(mistakeOf(lines(CITY_DISTRICTS_MAX + 1))).toEqual({ key: "cityDistrictsTooMany", values: { max: String(CITY_DISTRICTS_MAX) } });
  });

  it("refuses what is not text", () => {
    expect(cityDistrictsField.safeParse(undefined).success).toBe(false);
    expect(cityDistrictsField.safeParse(["XUNYANG 浔阳区 Xunyang"]).success).toBe(false);
  });
});
