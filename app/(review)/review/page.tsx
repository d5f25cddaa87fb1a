import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";
import { Fen } from "@/components/money";
import { ExportLinks } from "@/components/export-links";
import { StatusBadge } from "@/components/status-badge";
import { reviewerOf } from "@/lib/auth/actors";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { loadCityDistricts } from "@/lib/cities/load-city-districts";
import { districtLabeller, districtsOfCity, OUTSIDE_NANCHANG } from "@/lib/organisations/districts";
import { REVIEWABLE_STATUSES } from "@/lib/claim-lifecycle";
import { availableReviewActions } from "@/lib/review/available-review-actions";
import { currentFourEyesThresholdFen, listReviewQueue, queueFilterSchema, QUEUE_SORTS } from "@/lib/review/list-review-queue";
import { RISK_SIGNAL_CODES } from "@/lib/verification/risk-signals";
import { assignClaimAction } from "./actions";
import { ActionButton } from "./_components/action-button";
import { CapReasonTip } from "./_components/cap-reason-tip";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("REVIEWER");
  const reviewer = reviewerOf(user);
  const t = await getTranslations("review");
  const locale = toLocale(await getLocale());
  const yuan = (fen: number) => formatFen(fen, locale);
  const tDistrict = await getTranslations("district");
  const tStatus = await getTranslations("claimStatus");
  const raw = single(await searchParams);
  const filter = queueFilterSchema.parse(raw);
  const prisma = getPrisma();
  const queue = await listReviewQueue(prisma, reviewer, filter, await currentFourEyesThresholdFen(prisma, reviewer.cityId));
  // Every row is the reviewer's city's: its list names them.
  const cityDistricts = await loadCityDistricts(prisma);
  const districtLabel = districtLabeller(cityDistricts, locale === "en", tDistrict("OUTSIDE_NANCHANG"));
  const pages = queue.pageCount;
  const query = (overrides: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...raw, ...overrides })) if (v) params.set(k, v);
    return params.toString();
  };
  const exportQuery = query({ page: undefined });

  return (
    <>
      <h1 className="text-2xl font-semibold">{t("queueTitle")}</h1>
      <nav aria-label={t("countsLabel")} className="mt-3 flex flex-wrap gap-2 text-sm">
        <Link className="rounded border border-slate-300 bg-white px-2 py-1" href={`/review?${query({ status: undefined, page: undefined })}`}>
          {t("allStatuses")}: {Object.values(queue.counts).reduce((a, b) => a + (b ?? 0), 0)}
        </Link>
        {REVIEWABLE_STATUSES.map((s) => (
          <Link key={s} className="rounded border border-slate-300 bg-white px-2 py-1" aria-current={filter.status === s ? "true" : undefined} href={`/review?${query({ status: s, page: undefined })}`}>
            {tStatus(s)}: <span data-testid={`count-${s}`}>{queue.counts[s] ?? 0}</span>
          </Link>
        ))}
      </nav>

      <form method="get" action="/review" className="mt-4 grid grid-cols-2 gap-3 rounded border border-slate-300 bg-white p-3 text-sm md:grid-cols-4">
        <label className="flex flex-col gap-1">
          {t("kind")}
          <select name="kind" defaultValue={filter.kind ?? ""} className="rounded border border-slate-400 px-2 py-1">
            <option value="">{t("any")}</option>
            <option value="OFFSHORE">{t("claimKind.OFFSHORE")}</option>
            <option value="TRAINING">{t("claimKind.TRAINING")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t("status")}
          <select name="status" defaultValue={filter.status ?? ""} className="rounded border border-slate-400 px-2 py-1">
            <option value="">{t("any")}</option>
            {REVIEWABLE_STATUSES.map((s) => (
              <option key={s} value={s}>{tStatus(s)}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t("claimYear")}
          <input name="year" inputMode="numeric" defaultValue={filter.year ?? ""} className="rounded border border-slate-400 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          {t("organisation")}
          <input name="organisation" defaultValue={filter.organisation ?? ""} className="rounded border border-slate-400 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          {t("district")}
          <select name="district" defaultValue={filter.district ?? ""} className="rounded border border-slate-400 px-2 py-1">
            <option value="">{t("any")}</option>
            {[...districtsOfCity(cityDistricts, reviewer.cityId), OUTSIDE_NANCHANG].map((d) => (
              <option key={d} value={d}>{districtLabel(reviewer.cityId, d)}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t("minYuan")}
          <input name="minYuan" inputMode="numeric" defaultValue={filter.minYuan ?? ""} className="rounded border border-slate-400 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          {t("maxYuan")}
          <input name="maxYuan" inputMode="numeric" defaultValue={filter.maxYuan ?? ""} className="rounded border border-slate-400 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          {t("assigned")}
          <select name="assigned" defaultValue={filter.assigned ?? ""} className="rounded border border-slate-400 px-2 py-1">
            <option value="">{t("any")}</option>
            <option value="me">{t("assignedMe")}</option>
            <option value="none">{t("assignedNone")}</option>
          </select>
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="flagged" value="1" defaultChecked={filter.flagged === "1"} />
          {t("flaggedOnly")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="reconciliation" value="issues" defaultChecked={filter.reconciliation === "issues"} />
          {t("reconciliationIssuesOnly")}
        </label>
        <label className="flex flex-col gap-1">
          {t("riskFilter")}
          <select name="risk" defaultValue={filter.risk ?? ""} className="rounded border border-slate-400 px-2 py-1">
            <option value="">{t("any")}</option>
            <option value="any">{t("riskFilterAny")}</option>
            {RISK_SIGNAL_CODES.map((code) => (
              <option key={code} value={code}>{t(`riskFilterCode.${code}`)}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t("sort")}
          <select name="sort" defaultValue={filter.sort} className="rounded border border-slate-400 px-2 py-1">
            {QUEUE_SORTS.map((s) => (
              <option key={s} value={s}>{t(`sortBy.${s}`)}</option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-white">{t("applyFilters")}</button>
          <Link href="/review" className="underline">{t("clearFilters")}</Link>
        </div>
        <div className="col-span-2 flex items-end">
          <ExportLinks href={`/api/review/queue-export?${exportQuery}`} what="reviewQueue" />
        </div>
      </form>

      <p className="mt-3 text-sm" role="status">{t("resultCount", { total: queue.total, page: queue.page, pages })}</p>
      {queue.rows.length === 0 ? (
        <p className="mt-4">{t("queueEmpty")}</p>
      ) : (
        <table className="mt-2 w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("claimNo")}</th>
              <th scope="col" className="p-2">{t("kind")}</th>
              <th scope="col" className="p-2">{t("organisation")}</th>
              <th scope="col" className="p-2">{t("district")}</th>
              <th scope="col" className="p-2">{t("claimYear")}</th>
              <th scope="col" className="p-2 text-right">{t("amount")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
              <th scope="col" className="p-2">{t("assigned")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200">
                <td className="p-2">
                  <Link className="underline" href={`/review/claims/${row.kind.toLowerCase()}/${row.id}`}>{row.claimNo}</Link>
                  {row.flagged ? (
                    <span className="ml-2 rounded bg-amber-100 px-1 text-amber-900" data-testid="flag-reasons">
                      {t("flag")}: {row.flagReasons.map((reason) => t(`flagReason.${reason}`)).join(t("flagReasonSeparator"))}
                    </span>
                  ) : null}
                </td>
                <td className="p-2">{t(`claimKind.${row.kind}`)}</td>
                <td className="p-2">{row.organisationName}</td>
                <td className="p-2">{districtLabel(reviewer.cityId, row.district)}</td>
                <td className="p-2">{row.claimYear}</td>
                <td className="p-2 text-right" data-testid="queue-amount">
                  <Fen value={row.amountFen} />
                  {row.capReason ? (
                    <CapReasonTip
                      id={`cap-${row.id}`}
                      label={t("cappedLabel")}
                      text={t("cappedReason", { declared: yuan(row.capReason.entitlementFen), cap: yuan(row.capReason.capFen), granted: yuan(row.capReason.grantedFen), amount: yuan(row.amountFen) })}
                    />
                  ) : null}
                </td>
                <td className="p-2"><StatusBadge status={row.status} /></td>
                <td className="p-2">
                  {row.assignedReviewerName ?? "—"}
                  {availableReviewActions({ kind: row.kind, status: row.status, assignedReviewerId: row.assignedReviewerId, reviewer: user, conflictDeclared: row.conflictDeclared, firstApproverId: null }).includes("assign") ? (
                    <ActionButton action={assignClaimAction} input={{ kind: row.kind, claimId: row.id, version: row.version }} label={t("assignToMe")} variant="secondary" />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t("paging")} className="mt-3 flex gap-3 text-sm">
        {queue.page > 1 ? <Link className="underline" href={`/review?${query({ page: String(queue.page - 1) })}`}>{t("previousPage")}</Link> : null}
        {queue.page < pages ? <Link className="underline" href={`/review?${query({ page: String(queue.page + 1) })}`}>{t("nextPage")}</Link> : null}
      </nav>
    </>
  );
}
