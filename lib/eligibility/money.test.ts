import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { EligibilityInputError } from "./errors";
import {
  fenFromUsdCents,
  formatFen,
  formatFenPerUsd,
  formatMinorUnits,
  formatUsdCents,
  minorUnitsToNumber,
  parseMoneyToMinor,
} from "./money";

describe("formatting minor units", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [99, "0.99"],
    [100, "1.00"],
    [123450, "1,234.50"],
    [24691340, "246,913.40"],
    [123456700, "1,234,567.00"],
    [-5, "-0.05"],
    [-123456700, "-1,234,567.00"],
    [Number.MAX_SAFE_INTEGER, "90,071,992,547,409.91"],
  ])("%i -> %s", (minor, text) => {
    expect(formatMinorUnits(minor)).toBe(text);
  });

  it("formats bigint columns too", () => {
    expect(formatMinorUnits(12345678901234567890n)).toBe("123,456,789,012,345,678.90");
  });

  it("puts the currency sign after the minus sign", () => {
    expect(formatFen(24691340, "zh-CN")).toBe("¥246,913.40");
    expect(formatFen(24691340, "en")).toBe("¥246,913.40");
    expect(formatFen(-150000, "en")).toBe("-¥1,500.00");
    expect(formatUsdCents(123456700, "zh-CN")).toBe("US$1,234,567.00");
    expect(formatUsdCents(123456700, "en")).toBe("$1,234,567.00");
    expect(formatUsdCents(-1, "en")).toBe("-$0.01");
  });

  it("refuses non-integer money instead of rounding it", () => {
    expect(() => formatFen(1.5)).toThrow(EligibilityInputError);
    expect(() => formatUsdCents(Number.MAX_SAFE_INTEGER + 1)).toThrow(EligibilityInputError);
    expect(() => formatMinorUnits(Number.NaN)).toThrow(EligibilityInputError);
  });

  it.each([
    [20, "0.2"],
    [25, "0.25"],
    [100, "1"],
    [150, "1.5"],
    [0, "0"],
    [1000, "10"],
  ])("rate %i fen/USD reads %s", (fen, text) => {
    expect(formatFenPerUsd(fen)).toBe(text);
  });
});

describe("parseMoneyToMinor", () => {
  it.each([
    ["1,234.5", 123450],
    ["1234.56", 123456],
    ["1,234,567", 123456700],
    ["0.05", 5],
    ["0", 0],
    [" 200,000.00 ", 20000000],
    ["007", 700],
    ["90,071,992,547,409.91", Number.MAX_SAFE_INTEGER],
  ])("%j -> %i", (text, minor) => {
    expect(parseMoneyToMinor(text)).toBe(minor);
  });

  it.each([
    ["1.234", "INVALID_MONEY_TEXT"],
    ["-1", "NEGATIVE"],
    ["-0.01", "NEGATIVE"],
    ["", "MISSING"],
    ["   ", "MISSING"],
    ["abc", "INVALID_MONEY_TEXT"],
    ["1,23", "INVALID_MONEY_TEXT"],
    ["12,345,67", "INVALID_MONEY_TEXT"],
    ["1.", "INVALID_MONEY_TEXT"],
    [".5", "INVALID_MONEY_TEXT"],
    ["1e5", "INVALID_MONEY_TEXT"],
    ["¥100", "INVALID_MONEY_TEXT"],
    ["1 000", "INVALID_MONEY_TEXT"],
    ["90,071,992,547,409.92", "OUT_OF_RANGE"],
  ])("refuses %j (%s)", (text, code) => {
    expect(() => parseMoneyToMinor(text, "offshoreUsd")).toThrow(
      expect.objectContaining({ code, field: "offshoreUsd" }),
    );
  });

  it("refuses non-strings", () => {
    expect(() => parseMoneyToMinor(12 as unknown as string)).toThrow(EligibilityInputError);
    expect(() => parseMoneyToMinor(undefined as unknown as string)).toThrow(EligibilityInputError);
  });

  it("reads back whatever formatMinorUnits prints", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (minor) => {
        expect(parseMoneyToMinor(formatMinorUnits(minor))).toBe(minor);
      }),
    );
  });
});

describe("fenFromUsdCents", () => {
  it("floors to the fen, never rounds up", () => {
    expect(fenFromUsdCents(20000001, 20)).toBe(4000000); // 4,000,000.2 fen
    expect(fenFromUsdCents(20000004, 20)).toBe(4000000); // 4,000,000.8 fen
    expect(fenFromUsdCents(20000005, 20)).toBe(4000001);
    expect(fenFromUsdCents(4, 20)).toBe(0);
  });

  it("stays exact where a float product would lose digits", () => {
    const cents = 9_007_199_254_740_969; // * 20 passes 2^53
    expect(fenFromUsdCents(cents, 20)).toBe(1_801_439_850_948_193);
    // the float version would pay one fen more than the rule gives: this is why BigInt is used
    expect(Math.floor((cents * 20) / 100)).toBe(1_801_439_850_948_194);
  });

  it("equals the BigInt definition for every safe input", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 100 }), (cents, rate) => {
        const fen = fenFromUsdCents(cents, rate);
        expect(Number.isSafeInteger(fen)).toBe(true);
        const product = BigInt(cents) * BigInt(rate);
        expect(BigInt(fen) * 100n <= product).toBe(true);
        expect(product < (BigInt(fen) + 1n) * 100n).toBe(true);
      }),
    );
  });

  it("refuses a result beyond the safe range", () => {
    expect(() => fenFromUsdCents(Number.MAX_SAFE_INTEGER, 700)).toThrow(
      expect.objectContaining({ code: "OUT_OF_RANGE", field: "offshoreUsdCents" }),
    );
  });
});

describe("minorUnitsToNumber", () => {
  it("converts Prisma bigint columns and refuses what would lose digits", () => {
    expect(minorUnitsToNumber(20000000n)).toBe(20000000);
    expect(() => minorUnitsToNumber(2n ** 53n, "executedUsdCents")).toThrow(
      expect.objectContaining({ field: "executedUsdCents", code: "OUT_OF_RANGE" }),
    );
  });
});
