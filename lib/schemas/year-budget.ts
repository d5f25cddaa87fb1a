import { z } from "./z";
import { parseMoneyToMinor } from "@/lib/eligibility";

/** The administrator's budget for a claim year, in yuan as typed ("1,200,000.00"). */
export const yearBudgetSchema = z.object({
  year: z.coerce.number("claimYear").check(z.int("claimYear"), z.gte(2013, "claimYearTooEarly"), z.lte(2100, "claimYear")),
  budgetYuan: z.string().check(
    z.trim(),
    z.minLength(1, "required"),
    z.refine((v) => {
      try {
        parseMoneyToMinor(v);
        return true;
      } catch {
        return false;
      }
    }, "money"),
  ),
});
export type YearBudgetInput = z.input<typeof yearBudgetSchema>;
