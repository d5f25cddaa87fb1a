import { getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import { requireAdministrator } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listYearBudgets } from "@/lib/dashboard/set-year-budget";
import { BudgetForm } from "./budget-form";

export default async function BudgetPage() {
  const admin = await requireAdministrator();
  const t = await getTranslations("admin");
  const budgets = await listYearBudgets(getPrisma(), admin.cityId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("budgetTitle")}</h1>
      <BudgetForm defaultYear={new Date().getUTCFullYear()} />
      <table className="mt-6 border-collapse bg-white text-left text-sm" data-testid="budgets">
        <thead><tr className="border-b border-slate-300"><th scope="col" className="p-2">{t("budgetYear")}</th><th scope="col" className="p-2 text-right">{t("budgetAmount")}</th></tr></thead>
        <tbody>
          {budgets.map((b) => (
            <tr key={b.year} className="border-b border-slate-200"><td className="p-2">{b.year}</td><td className="p-2 text-right"><Fen value={b.budgetFen} /></td></tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
