import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { yearBudgetSchema, type YearBudgetInput } from "@/lib/schemas/year-budget";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { parseMoneyToMinor } from "@/lib/eligibility";
import type { Administrator } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";

// The schema lives in lib/schemas (the budget form imports it; this file reaches node:crypto).
export { yearBudgetSchema, type YearBudgetInput };

/** An administrator sets (or changes) the year's subsidy budget; the dashboard compares grants and payouts with it. */
export async function setYearBudget(prisma: PrismaClient, actor: Administrator, input: z.output<typeof yearBudgetSchema>) {
  const { year, budgetYuan } = input;
  const budgetFen = BigInt(parseMoneyToMinor(budgetYuan));
  return inCityTransaction(prisma, actor.cityId, async (tx) => {
    const cityId = actor.cityId;
    const before = await tx.yearBudget.findUnique({ where: { cityId_year: { cityId, year } } });
    const row = await tx.yearBudget.upsert({ where: { cityId_year: { cityId, year } }, create: { cityId, year, budgetFen }, update: { budgetFen } });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "budget.set",
      targetType: "YearBudget",
      targetId: String(year),
      result: "success",
      details: { cityId, before: before?.budgetFen.toString() ?? null, after: budgetFen.toString() },
    });
    return row;
  });
}

/** The budgets of one city's years, newest first. */
export async function listYearBudgets(prisma: PrismaClient, cityId: string) {
  return prisma.yearBudget.findMany({ where: { cityId }, orderBy: { year: "desc" } });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs setYearBudget. */
export async function setYearBudgetFromInput(prisma: PrismaClient, actor: Administrator, input: YearBudgetInput) {
  return setYearBudget(prisma, actor, yearBudgetSchema.parse(input));
}
