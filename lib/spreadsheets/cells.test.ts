import { describe, expect, it } from "vitest";
import { headerInTenThousands, isoDateFromSerial, parseAmountCell, parseCurrencyCell, parseDateCell, parsePeriodCell } from "./cells";

describe("parseAmountCell", () => {
  const minor = (cell: Parameters<typeof parseAmountCell>[0], wan = false) => {
    const r = parseAmountCell(cell, wan);
    return r.ok ? r.minor : r.error;
  };
  it("reads decimal text exactly, with thousands separators", () => {
    expect(minor("1,234,567.89")).toBe(123_456_789n);
    expect(minor("1，234，567.8")).toBe(123_456_780n);
    expect(minor(" 750 000 ")).toBe(75_000_000n);
    expect(minor("0.10")).toBe(10n);
  });
  it("reads number cells from their shortest decimal form, never as a float product", () => {
    expect(minor(1234.56)).toBe(123_456n);
    expect(minor(0.1 + 0.2)).toBe("amountPrecision"); // 0.30000000000000004 is not an amount anyone typed
    expect(minor(750000)).toBe(75_000_000n);
  });
  it("multiplies 万 / 万元 amounts by 10,000, from the cell or the header", () => {
    expect(minor("12.3456万")).toBe(12_345_600n);
    expect(minor("75万元")).toBe(75_000_000n);
    expect(minor("75", true)).toBe(75_000_000n);
    expect(minor(12.345678, true)).toBe(12_345_678n);
    expect(minor("1.0000001", true)).toBe("amountPrecision");
    expect(headerInTenThousands("合同金额（万元）")).toBe(true);
    expect(headerInTenThousands("合同金额")).toBe(false);
  });
  it("refuses what is not an amount", () => {
    expect(minor("1.234")).toBe("amountPrecision");
    expect(minor("-5")).toBe("amountNegative");
    expect(minor("abc")).toBe("amountInvalid");
    expect(minor("")).toBe("amountInvalid");
    expect(minor(null)).toBe("amountInvalid");
    expect(minor("1e5")).toBe("amountInvalid");
    expect(minor(1e21)).toBe("amountTooLarge");
    expect(minor("99999999999999999")).toBe("amountTooLarge");
  });
});

describe("dates", () => {
  it("turns Excel serial numbers into ISO dates", () => {
    expect(isoDateFromSerial(45292)).toBe("2024-01-01");
    expect(isoDateFromSerial(45657)).toBe("2024-12-31");
    expect(isoDateFromSerial(45292.75)).toBe("2024-01-01");
    expect(isoDateFromSerial(12)).toBeNull();
    expect(parseDateCell(45473)).toBe("2024-06-30");
    expect(parseDateCell("45473")).toBe("2024-06-30");
  });
  it("reads date cells and the usual written forms", () => {
    expect(parseDateCell(new Date(Date.UTC(2024, 5, 30)))).toBe("2024-06-30");
    expect(parseDateCell("2024/6/30")).toBe("2024-06-30");
    expect(parseDateCell("2024年6月30日")).toBe("2024-06-30");
    expect(parseDateCell("2024.06.30")).toBe("2024-06-30");
    expect(parseDateCell("20240630")).toBe("2024-06-30");
    expect(parseDateCell("2024-02-30")).toBeNull();
    expect(parseDateCell("June 30")).toBeNull();
    expect(parseDateCell(null)).toBeNull();
  });
  it("reads a period from one cell", () => {
    expect(parsePeriodCell("2024-01-01至2024-06-30")).toEqual({ start: "2024-01-01", end: "2024-06-30" });
    expect(parsePeriodCell("2024/1/1 ~ 2024/12/31")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(parsePeriodCell("2024年")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(parsePeriodCell(2024)).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(parsePeriodCell("2024年2月")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(parsePeriodCell("2024-13")).toBeNull();
    expect(parsePeriodCell("soon")).toBeNull();
  });
});

describe("parseCurrencyCell", () => {
  it("takes ISO codes and Chinese names", () => {
    expect(parseCurrencyCell("usd")).toBe("USD");
    expect(parseCurrencyCell("日元")).toBe("JPY");
    expect(parseCurrencyCell("港币")).toBe("HKD");
    expect(parseCurrencyCell("dollars")).toBeNull();
  });
  it("finds nothing in Object's own members: a cell reading constructor or __proto__ is not a currency", () => {
    for (const text of ["constructor", "__proto__", "toString", "hasOwnProperty"]) expect(parseCurrencyCell(text)).toBeNull();
  });
});
