import type { PrismaClient } from "@/lib/generated/prisma/client";
import { z } from "zod";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { parseMoneyToMinor } from "@/lib/eligibility";

export const yearBudgetSchema = z.object({
  year: z.coerce.number({ message: "claimYear" }).int({ message: "claimYear" }).min(2013, { message: "claimYearTooEarly" }).max(2100, { message: "claimYear" }),
  budgetYuan: z
    .string()
    .trim()
    .min(1, { message: "required" })
    .refine((v) => {
      try {
        parseMoneyToMinor(v);
        return true;
      } catch {
        return false;
      }
    }, { message: "money" }),
});
export type YearBudgetInput = z.input<typeof yearBudgetSchema>;

/** An administrator sets (or changes) the year's subsidy budget; the dashboard compares grants and payouts with it. */
export async function setYearBudget(prisma: PrismaClient, actor: { id: string; role: string }, input: YearBudgetInput) {
  const { year, budgetYuan } = yearBudgetSchema.parse(input);
  const budgetFen = BigInt(parseMoneyToMinor(budgetYuan));
  return prisma.$transaction(async (tx) => {
    const before = await tx.yearBudget.findUnique({ where: { year } });
    const row = await tx.yearBudget.upsert({ where: { year }, create: { year, budgetFen }, update: { budgetFen } });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "budget.set",
      targetType: "YearBudget",
      targetId: String(year),
      result: "success",
      details: { before: before?.budgetFen.toString() ?? null, after: budgetFen.toString() },
    });
    return row;
  });
}

export async function listYearBudgets(prisma: PrismaClient) {
  return prisma.yearBudget.findMany({ orderBy: { year: "desc" } });
}
