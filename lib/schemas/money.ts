import { z } from "zod";
import { isValidIsoDate, parseMoneyToMinor, todayInChina } from "@/lib/eligibility";

/**
 * A money amount typed by a person ("1,234.56") parsed into integer minor units; more than two
 * decimals, a negative amount or anything not a number is refused at its field.
 */
export const moneyField = z.union([z.string(), z.number()]).transform((value, ctx) => {
  try {
    return parseMoneyToMinor(typeof value === "number" ? String(value) : value);
  } catch {
    ctx.addIssue({ code: "custom", message: String(value).trim() === "" ? "required" : "money" });
    return z.NEVER;
  }
});

export const isoDateField = z
  .string()
  .trim()
  .min(1, "required")
  .refine((value) => isValidIsoDate(value), "date");

export const pastOrTodayDateField = isoDateField.refine((value) => value <= todayInChina(), "dateInFuture");
