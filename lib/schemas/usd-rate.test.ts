import { describe, expect, it } from "vitest";
import { usdRateSchema } from "./usd-rate";

const messages = (input: unknown) => {
  const result = usdRateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("usdRateSchema", () => {
  it("takes a currency by code or Chinese name and a rate of up to six decimals", () => {
    expect(usdRateSchema.parse({ year: "2024", currency: " eur ", rate: "0.92" })).toEqual({ year: 2024, currency: "EUR", rate: "0.92" });
    expect(usdRateSchema.parse({ year: 2024, currency: "日元", rate: "151.500001" })).toMatchObject({ currency: "JPY" });
  });
  it("refuses US dollars, an unknown currency, and a rate that is zero, negative, text or too precise, each on its field", () => {
    expect(messages({ year: 2024, currency: "USD", rate: "1" })).toEqual(["currency:currencyIsUsd"]);
    expect(messages({ year: 2024, currency: "欧币", rate: "1" })).toEqual(["currency:currencyInvalid"]);
    expect(messages({ year: 2024, currency: "", rate: "" })).toEqual(["currency:required", "rate:required"]);
    for (const rate of ["0", "0.000000", "-7.1", "七点一", "7.1234567", "1,000"]) expect(messages({ year: 2024, currency: "EUR", rate })).toEqual(["rate:ratePerUsd"]);
    expect(messages({ year: 2012, currency: "EUR", rate: "1" })).toEqual(["year:claimYearTooEarly"]);
  });
});
