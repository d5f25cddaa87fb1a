import { getLocale, getTranslations } from "next-intl/server";
import { formatFen, formatUsdCents } from "@/lib/eligibility";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { toLocale } from "@/lib/i18n/locales";
import { requestDistrictLabels } from "@/lib/organisations/district-labels";
import { BarChart } from "./bar-chart";

/** The bureau dashboard for one claim year (shared by reviewers' and administrators' pages). */
export async function DashboardView({ data, basePath }: { data: Dashboard; basePath: string }) {
  const t = await getTranslations("dashboard");
  const tStatus = await getTranslations("claimStatus");
  const districtLabel = await requestDistrictLabels();
  const tCategory = await getTranslations("serviceCategory");
  const locale = toLocale(await getLocale());
  const fen = (v: number) => formatFen(v, locale);
  const usd = (v: number) => formatUsdCents(v, locale);
  const pct = (bp: number | null) => (bp === null ? "—" : `${(bp / 100).toFixed(2)} %`);
  const statusRows = data.byStatusKind.map((r) => ({ label: `${t(`kind.${r.kind}`)} · ${tStatus(r.status as never)}`, value: r.amountFen }));
  const countRows = data.byStatusKind.map((r) => ({ label: `${t(`kind.${r.kind}`)} · ${tStatus(r.status as never)}`, value: r.count, tone: "slate" as const }));
  return (
    <>
      <form method="get" action={basePath} className="mt-3 flex items-end gap-2 text-sm">
        <label className="flex flex-col gap-1">
          {t("year")}
          <input name="year" inputMode="numeric" defaultValue={data.year} className="rounded border border-slate-400 px-2 py-1" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-white">{t("show")}</button>
      </form>
      <dl className="mt-4 grid grid-cols-2 gap-3 text-sm md:grid-cols-4" data-testid="dashboard-totals">
        <div className="rounded border border-slate-300 bg-white p-3"><dt>{t("budget")}</dt><dd className="text-lg" data-testid="budget">{data.budgetFen === null ? t("noBudget") : fen(data.budgetFen)}</dd></div>
        <div className="rounded border border-slate-300 bg-white p-3"><dt>{t("granted")}</dt><dd className="text-lg" data-testid="granted">{fen(data.grantedFen)}</dd></div>
        <div className="rounded border border-slate-300 bg-white p-3"><dt>{t("paid")}</dt><dd className="text-lg" data-testid="paid">{fen(data.paidFen)}</dd></div>
        <div className="rounded border border-slate-300 bg-white p-3">
          <dt>{t("growth")}</dt>
          <dd className="text-lg" data-testid="growth">{pct(data.business.growthBasisPoints)} <span className="text-sm">({t("target")} {pct(data.business.targetBasisPoints)})</span></dd>
          {data.business.growthBasis === "sameMonths" ? <dd className="text-xs text-slate-700" data-testid="growth-basis">{t("growthSameMonths", { months: data.business.growthMonths!, previousYear: data.year - 1 })}</dd> : null}
          {data.business.growthBasis === "notComplete" ? <dd className="text-xs text-slate-700" data-testid="growth-basis">{t("growthNotComplete", { year: data.year })}</dd> : null}
        </div>
      </dl>
      <div className="mt-4 grid gap-4">
        <BarChart
          title={t("budgetChart")}
          testId="chart-budget"
          format={fen}
          rows={[
            { label: t("budget"), value: data.budgetFen ?? 0, tone: "slate" },
            { label: t("granted"), value: data.grantedFen, tone: "brand" },
            { label: t("paid"), value: data.paidFen, tone: "green" },
          ]}
        />
        <BarChart title={t("amountByStatus")} rows={statusRows} format={fen} testId="chart-status" />
        <BarChart title={t("countByStatus")} rows={countRows} />
        <BarChart title={t("byDistrict")} rows={data.byDistrict.map((r) => ({ label: districtLabel(data.cityId, r.district), value: r.amountFen }))} format={fen} />
        <BarChart title={t("byCategory")} rows={data.byCategory.map((r) => ({ label: tCategory(r.category as never), value: r.usdCents, tone: "amber" as const }))} format={usd} />
        <BarChart
          title={t("business")}
          format={usd}
          rows={[
            { label: t("offshore"), value: data.business.offshoreUsdCents, tone: "brand" },
            { label: t("onshore"), value: data.business.onshoreUsdCents, tone: "slate" },
            { label: t("previousTotal"), value: data.business.previousTotalUsdCents, tone: "amber" },
          ]}
        />
      </div>
    </>
  );
}
