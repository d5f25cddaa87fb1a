import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  checkCreditCode,
  checkResidentId,
  isNanchangCreditCode,
  isValidCreditCode,
  isValidResidentId,
  makeCreditCode,
  makeResidentId,
  maskResidentId,
} from "./identifiers";
import { EligibilityInputError } from "./errors";

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

describe("unified social credit code (GB 32100-2015)", () => {
  it("accepts the standard's example, checked by hand", () => {
    // 9 1 3 5 0 1 0 0 M(21) 0 0 0 1 0 0 Y(30) 4, weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
    // 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28; 31-28 = 3 -> "3"
    expect(isValidCreditCode("91350100M000100Y43")).toBe(true);
    expect(makeCreditCode("91350100M000100Y4")).toBe("91350100M000100Y43");
  });

  it("accepts a second hand-checked code (check character after the digits)", () => {
    // 9 1 1 1 0 0 0 0 8 0 2 1 0 0 4 3 3: 9+3+9+27+0+0+0+0+160+0+50+13+0+0+40+90+84 = 485;
    // 485 mod 31 = 20; 31-20 = 11 -> "B"
    expect(isValidCreditCode("91110000802100433B")).toBe(true);
  });

  it("maps a sum divisible by 31 to check character 0", () => {
    // the last prefix character has weight 28, invertible mod 31, so one of the 31 choices
    // makes the weighted sum divisible by 31
    const zeroCase = CHARSET.split("")
      .map((c) => makeCreditCode(`9136010000000000${c}`))
      .find((c) => c.endsWith("0"));
    expect(zeroCase).toBeDefined();
    expect(isValidCreditCode(zeroCase)).toBe(true);
  });

  it.each([
    ["91350100M000100Y44", "CHECK_CHARACTER"],
    ["91350100M000100Y4", "LENGTH"],
    ["91350100M000100Y433", "LENGTH"],
    ["91350100I000100Y43", "CHARSET"], // I, O, S, V, Z are not in the charset
    ["913501O0M000100Y43", "CHARSET"],
    ["9135A100M000100Y43", "REGION"],
  ])("refuses %s (%s)", (code, error) => {
    expect(checkCreditCode(code)).toEqual({ valid: false, error });
  });

  it("normalises case and blanks", () => {
    expect(checkCreditCode(" 91350100m000100y43 ")).toEqual({ valid: true, code: "91350100M000100Y43", regionCode: "350100" });
  });

  it("places codes with region 3601xx in Nanchang", () => {
    const nanchang = makeCreditCode("91360102MA35F0XX0"); // Donghu district
    const jiujiang = makeCreditCode("91360400MA35F0XX0");
    expect(isNanchangCreditCode(nanchang)).toBe(true);
    expect(isNanchangCreditCode(makeCreditCode("12360100491012345"))).toBe(true);
    expect(isNanchangCreditCode(jiujiang)).toBe(false);
    expect(isNanchangCreditCode("91350100M000100Y43")).toBe(false);
    // an invalid code places the organisation nowhere
    const broken = nanchang.slice(0, 17) + (nanchang.endsWith("0") ? "1" : "0");
    expect(isNanchangCreditCode(broken)).toBe(false);
  });

  it("makeCreditCode refuses bad prefixes", () => {
    expect(() => makeCreditCode("9136010")).toThrow(EligibilityInputError);
    expect(() => makeCreditCode("91360100MA35F0XXI")).toThrow(EligibilityInputError);
    expect(() => makeCreditCode("91A60100MA35F0XX0")).toThrow(EligibilityInputError);
  });

  const prefix17 = fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 2, maxLength: 2 }),
      fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 6, maxLength: 6 }),
      fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 9, maxLength: 9 }),
    )
    .map((parts) => parts.join(""));

  it("property: made codes validate; any single changed character is caught", () => {
    fc.assert(
      fc.property(prefix17, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (prefix, pos, shift) => {
        const code = makeCreditCode(prefix);
        expect(isValidCreditCode(code)).toBe(true);
        const original = CHARSET.indexOf(code.charAt(pos));
        const replacement = CHARSET.charAt((original + shift) % 31);
        const typo = code.slice(0, pos) + replacement + code.slice(pos + 1);
        expect(isValidCreditCode(typo)).toBe(false);
      }),
    );
  });
});

describe("resident identity number (GB 11643-1999)", () => {
  const TODAY = "2025-06-30";

  it("accepts the standard's example, checked by hand", () => {
    // 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2, weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
    // 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 -> "X"
    expect(checkResidentId("11010519491231002X", TODAY)).toEqual({
      valid: true,
      id: "11010519491231002X",
      birthDate: "1949-12-31",
    });
    expect(isValidResidentId("11010519491231002x", TODAY)).toBe(true);
    expect(makeResidentId("11010519491231002")).toBe("11010519491231002X");
  });

  it("accepts a leap-day birth date", () => {
    const id = makeResidentId("36010220000229001");
    expect(id).toBe("360102200002290010");
    expect(checkResidentId(id, TODAY)).toMatchObject({ valid: true, birthDate: "2000-02-29" });
  });

  it.each([
    ["110105194912310021", "CHECK_CHARACTER"],
    ["11010519491231002", "FORMAT"],
    ["1101051949123100211", "FORMAT"],
    ["11010519491231002Y", "FORMAT"],
    ["1101051949123100X2", "FORMAT"],
  ])("refuses %s (%s)", (id, error) => {
    expect(checkResidentId(id, TODAY)).toEqual({ valid: false, error });
  });

  it("refuses impossible and future birth dates even with a right check character", () => {
    expect(checkResidentId(makeResidentIdUnchecked("36010219990229001"), TODAY)).toEqual({ valid: false, error: "BIRTH_DATE" });
    expect(checkResidentId(makeResidentIdUnchecked("36010219991301001"), TODAY)).toEqual({ valid: false, error: "BIRTH_DATE" });
    expect(checkResidentId(makeResidentId("36010218991231001"), TODAY)).toEqual({ valid: false, error: "BIRTH_DATE" });
    expect(checkResidentId(makeResidentId("36010220250701001"), TODAY)).toEqual({ valid: false, error: "BIRTH_DATE" });
    expect(checkResidentId(makeResidentId("36010220250630001"), TODAY)).toMatchObject({ valid: true });
  });

  it("masks as first 4, ten stars, last 4", () => {
    expect(maskResidentId("36010219900307123X".toLowerCase())).toBe("3601**********123X");
    expect(maskResidentId("11010519491231002X")).toBe("1101**********002X");
    expect(() => maskResidentId("3601")).toThrow(EligibilityInputError);
  });

  it("makeResidentId refuses non-digits and impossible birth dates", () => {
    expect(() => makeResidentId("3601021990030712")).toThrow(EligibilityInputError);
    expect(() => makeResidentId("36010219990229001")).toThrow(EligibilityInputError);
  });

  it("property: made IDs validate; any single changed digit is caught", () => {
    const birth = fc
      .integer({ min: 0, max: 365 * 100 })
      .map((days) => new Date(Date.UTC(1925, 0, 1) + days * 86_400_000).toISOString().slice(0, 10).replace(/-/g, ""));
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(6), birth, digits(3), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (region, b, seq, pos, shift) => {
        const id = makeResidentId(region + b + seq);
        expect(isValidResidentId(id, TODAY)).toBe(true);
        const typoDigit = String((Number(id.charAt(pos)) + shift) % 10);
        const typo = id.slice(0, pos) + typoDigit + id.slice(pos + 1);
        // a changed birth-date digit may also make the date impossible; either way it is refused
        expect(isValidResidentId(typo, TODAY)).toBe(false);
      }),
    );
  });
});

/** Check character by the standard, without makeResidentId's birth-date guard. */
function makeResidentIdUnchecked(prefix17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(prefix17.charAt(i)), 0);
  return prefix17 + "10X98765432".charAt(sum % 11);
}
