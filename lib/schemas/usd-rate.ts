import { z } from "./z";
import { parseCurrencyCell } from "@/lib/spreadsheets/cells";
import { parseRatePerUsd } from "@/lib/verification/reconcile-claim-line";

/**
 * A reviewer's rate for converting a currency to US dollars in a claim year (issue 18): records and
 * receipts in that currency are compared at it. The currency as an ISO code or its Chinese name;
 * the rate as units of the currency per dollar ("7.1", "0.92"), up to six decimals.
 */
export const usdRateSchema = z.object({
  year: z.coerce.number("claimYear").check(z.int("claimYear"), z.gte(2013, "claimYearTooEarly"), z.lte(2100, "claimYear")),
  currency: z.pipe(
    z.string().check(z.trim(), z.minLength(1, "required")),
    z.transform((text, ctx) => {
      if (text === "") return ""; // "required" says it already
      const code = parseCurrencyCell(text);
      if (!code) ctx.issues.push({ code: "custom", message: "currencyInvalid", input: text });
      else if (code === "USD") ctx.issues.push({ code: "custom", message: "currencyIsUsd", input: text });
      return code ?? "";
    }),
  ),
  // An empty rate is only "required"; zod/mini runs every check, so the rate check lets it pass.
  rate: z.string().check(z.trim(), z.minLength(1, "required"), z.refine((v) => v === "" || parseRatePerUsd(v) !== null, "ratePerUsd")),
});
export type UsdRateInput = z.input<typeof usdRateSchema>;
