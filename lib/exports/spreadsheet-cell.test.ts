import { describe, expect, it } from "vitest";
import { neutraliseText, numberCell, spreadsheetValue, yuanCell, yuanFromFen } from "./spreadsheet-cell";

describe("neutraliseText", () => {
  it("prefixes an apostrophe to text that starts with = + - @, a tab or a carriage return", () => {
    for (const text of ['=HYPERLINK("http://evil.example","点击")', "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0", "-"]) {
      expect(neutraliseText(text), JSON.stringify(text)).toBe(`'${text}`);
    }
  });

  it("leaves other text alone, including these characters later in the cell", () => {
    for (const text of ["南昌赣江软件有限公司", "a=b", "A-2024-0001", "user@example.test", " =1+1", "'quoted", "", "6216610100001234567"]) {
      expect(neutraliseText(text), JSON.stringify(text)).toBe(text);
    }
  });
});

describe("number cells", () => {
  it("are written as they are, so a negative amount stays a number", () => {
    expect(spreadsheetValue(yuanCell(-5))).toEqual({ kind: "number", text: "-0.05" });
    expect(spreadsheetValue(numberCell(2024))).toEqual({ kind: "number", text: "2024" });
    expect(spreadsheetValue(numberCell(12n))).toEqual({ kind: "number", text: "12" });
  });

  it("refuse anything but a plain decimal, so typed text cannot pass as a number", () => {
    for (const value of ["=1+1", "-1+2", "1e5", " 1", "1,000", "", "0x10", "--1"]) expect(() => numberCell(value), value).toThrow(TypeError);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 1e21]) expect(() => numberCell(value), String(value)).toThrow(TypeError);
    // A forged object is checked again where it is written.
    expect(() => spreadsheetValue({ kind: "number", text: "=1+1" })).toThrow(TypeError);
  });

  it("format fen as yuan with integers only", () => {
    expect(yuanFromFen(0)).toBe("0.00");
    expect(yuanFromFen(5)).toBe("0.05");
    expect(yuanFromFen(500_000_00)).toBe("500000.00");
    expect(yuanFromFen(123456)).toBe("1234.56");
    expect(yuanFromFen(-5)).toBe("-0.05");
    expect(yuanFromFen(9_007_199_254_740_993n)).toBe("90071992547409.93");
  });
});

describe("spreadsheetValue", () => {
  it("neutralises text and writes null and undefined as empty text", () => {
    expect(spreadsheetValue("=1+1")).toEqual({ kind: "text", text: "'=1+1" });
    expect(spreadsheetValue("-0.05")).toEqual({ kind: "text", text: "'-0.05" });
    expect(spreadsheetValue(null)).toEqual({ kind: "text", text: "" });
    expect(spreadsheetValue(undefined)).toEqual({ kind: "text", text: "" });
  });
});
