import { z } from "./z";
import { isValidIsoDate, parseMoneyToMinor, todayInChina } from "@/lib/eligibility";

/**
 * A money amount typed by a person ("1,234.56") parsed into integer minor units; more than two
 * decimals, a negative amount or anything not a number is refused at its field.
 */
export const moneyField = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value: string | number, ctx) => {
    try {
      return parseMoneyToMinor(typeof value === "number" ? String(value) : value);
    } catch {
      ctx.issues.push({ code: "custom", input: value, message: String(value).trim() === "" ? "required" : "money" });
      return z.NEVER;
    }
  }),
);

export const isoDateField = z.string().check(
  z.trim(),
  z.minLength(1, "required"),
  z.refine((value) => isValidIsoDate(value), "date"),
);

export const pastOrTodayDateField = isoDateField.check(z.refine((value) => value <= todayInChina(), "dateInFuture"));
