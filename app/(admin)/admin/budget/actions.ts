"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { setYearBudget, yearBudgetSchema } from "@/lib/dashboard/set-year-budget";

export const setYearBudgetAction = adminAction(yearBudgetSchema, async (input, { actor }) => {
  await setYearBudget(getPrisma(), actor, { year: input.year, budgetYuan: input.budgetYuan });
  revalidatePath("/admin/budget");
  return undefined;
});
