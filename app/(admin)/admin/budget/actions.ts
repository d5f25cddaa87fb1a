"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { setYearBudget, yearBudgetSchema } from "@/lib/dashboard/set-year-budget";

export const setYearBudgetAction = authedAction(["ADMINISTRATOR"], yearBudgetSchema, async (input, { user }) => {
  await setYearBudget(getPrisma(), { id: user.id, role: user.role }, { year: input.year, budgetYuan: input.budgetYuan });
  revalidatePath("/admin/budget");
  return undefined;
});
