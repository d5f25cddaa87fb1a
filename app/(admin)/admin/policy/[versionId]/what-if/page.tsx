import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/components/export-links";
import { BarChart } from "@/components/review/bar-chart";
import { requireAdministrator } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { requestDistrictLabels } from "@/lib/organisations/district-labels";
import { isUuid } from "@/lib/db/is-uuid";
import { formatFen, todayInChina } from "@/lib/eligibility";
import { getPolicyVersion } from "@/lib/policy/list-policy-versions";
import { getLatestWhatIfRun, getWhatIfRun } from "@/lib/policy/what-if/get-what-if-run";
import { listWhatIfRunRows, WHAT_IF_ROW_SORTS, type WhatIfRowSort } from "@/lib/policy/what-if/list-what-if-run-rows";
import type { OutcomeCounts, WhatIfSummary } from "@/lib/policy/what-if/summarise-what-if";
import { WHAT_IF_OUTCOMES } from "@/lib/policy/what-if/what-if-types";
import { WHAT_IF_FIRST_CLAIM_YEAR } from "@/lib/schemas/policy-draft";
import { WhatIfForm } from "./what-if-form";
import { WhatIfProgress } from "./what-if-progress";

type Search = { run?: string; page?: string; sort?: string; dir?: string };

export default async function WhatIfPage({ params, searchParams }: { params: Promise<{ versionId: string }>; searchParams: Promise<Search> }) {
  const admin = await requireAdministrator();
  const t = await getTranslations("policy");
  const tx = await getTranslations("exports.whatIf");
  const tKind = await getTranslations("review.claimKind");
  const districtLabel = await requestDistrictLabels();
  const tStatus = await getTranslations("claimStatus");
  const tEligibility = await getTranslations("eligibility.reasons");
  const locale = await getLocale();
  const lang = locale === "en" ? "en" : "zh-CN";
  const format = await getFormatter();
  const prisma = getPrisma();
  const versionId = decodeURIComponent((await params).versionId);
  const search = await searchParams;
  const version = await getPolicyVersion(prisma, admin.cityId, versionId);
  if (!version || version.status !== "DRAFT") notFound();
  const run = search.run && isUuid(search.run) ? await getWhatIfRun(prisma, admin.cityId, search.run) : await getLatestWhatIfRun(prisma, admin.cityId, version.id);
  if (run && run.policyVersionId !== version.id) notFound();

  const base = `/admin/policy/${encodeURIComponent(version.id)}/what-if`;
  const thisYear = Number(todayInChina().slice(0, 4));
  const years = Array.from({ length: thisYear - WHAT_IF_FIRST_CLAIM_YEAR }, (_, i) => thisYear - 1 - i);
  const yuan = (fen: number) => formatFen(fen, lang);
  const signed = (fen: number) => (fen > 0 ? `+${yuan(fen)}` : yuan(fen));
  const sort: WhatIfRowSort = WHAT_IF_ROW_SORTS.includes(search.sort as WhatIfRowSort) ? (search.sort as WhatIfRowSort) : "differenceFen";
  const dir = search.dir === "asc" ? "asc" : search.dir === "desc" ? "desc" : sort === "claimNumber" ? "asc" : "desc";
  const list = run?.status === "DONE" ? await listWhatIfRunRows(prisma, run.id, { page: Number(search.page) || 1, sort, direction: dir }) : null;
  const summary = run?.status === "DONE" ? (run.summary as WhatIfSummary) : null;
  const href = (changes: Partial<Search>) => {
    const q = new URLSearchParams({ run: run?.id ?? "", sort, dir, page: String(list?.page ?? 1), ...changes });
    return `${base}?${q.toString()}`;
  };
  const condition = (code: string) => (tEligibility.has(`${code}.label`) ? tEligibility(`${code}.label`) : tx.has(`condition.${code}`) ? tx(`condition.${code}`) : code);
  const countsRow = (label: string, counts: OutcomeCounts, testId: string) => (
    <tr className="border-b border-slate-200" data-testid={testId}>
      <th scope="row" className="p-2 text-left font-medium">{label}</th>
      {WHAT_IF_OUTCOMES.map((o) => (
        <td key={o} className="p-2 text-right tabular-nums">{format.number(counts[o])}</td>
      ))}
      <td className="p-2 text-right tabular-nums">{format.number(counts.total)}</td>
    </tr>
  );
  const sortHeader = (column: WhatIfRowSort, label: string) => {
    const active = sort === column;
    const next = active && dir === "desc" ? "asc" : "desc";
    return (
      <th scope="col" className="p-2" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={href({ sort: column, dir: next, page: "1" })} className="text-blue-800 underline">
          {label}
          {active ? (dir === "asc" ? " ▲" : " ▼") : ""}
        </Link>
      </th>
    );
  };

  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/policy/${encodeURIComponent(version.id)}`} className="text-blue-800 underline">{t("whatIf.backToDraft")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{t("whatIf.title", { name: locale === "en" ? version.nameEn : version.nameZh })}</h1>
      <p className="mt-2 max-w-3xl">{t("whatIf.intro")}</p>
      <WhatIfForm versionId={version.id} years={years} />

      {run ? (
        <section className="mt-6" aria-labelledby="what-if-result">
          <h2 id="what-if-result" className="text-lg font-semibold">
            {t("whatIf.resultTitle", { at: format.dateTime(run.startedAt, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" }), year: run.claimYear ?? "none" })}
          </h2>
          {run.policyRevision !== version.revision ? <p className="mt-2 rounded border border-amber-500 bg-amber-50 p-3" data-testid="what-if-outdated">{t("whatIf.outdated", { run: run.policyRevision, now: version.revision })}</p> : null}
          {run.status === "RUNNING" ? <WhatIfProgress versionId={version.id} runId={run.id} done={run.done} total={run.total} /> : null}
          {run.status === "FAILED" ? <p role="alert" className="mt-2 rounded border border-red-700 bg-red-50 p-3 text-red-800">{run.interrupted ? t("whatIf.interrupted") : t("whatIf.failed")}</p> : null}
          {summary && list ? (
            <>
              <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-3 sm:grid-cols-3" data-testid="what-if-totals">
                <div className="rounded border border-slate-300 bg-white p-3">
                  <dt className="text-sm">{t("whatIf.totalNow", { count: summary.claims.total })}</dt>
                  <dd className="text-xl font-semibold tabular-nums" data-testid="what-if-now">{yuan(summary.nowFen)}</dd>
                </div>
                <div className="rounded border border-slate-300 bg-white p-3">
                  <dt className="text-sm">{t("whatIf.totalDraft")}</dt>
                  <dd className="text-xl font-semibold tabular-nums" data-testid="what-if-draft">{yuan(summary.draftFen)}</dd>
                </div>
                <div className="rounded border border-slate-300 bg-white p-3">
                  <dt className="text-sm">{t("whatIf.difference")}</dt>
                  <dd className="text-xl font-semibold tabular-nums" data-testid="what-if-difference">{signed(summary.differenceFen)}</dd>
                </div>
              </dl>

              <h3 className="mt-6 font-semibold">{t("whatIf.countsTitle")}</h3>
              <table className="mt-2 w-full max-w-4xl border-collapse bg-white text-sm" data-testid="what-if-counts">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-2 text-left">{t("whatIf.who")}</th>
                    {WHAT_IF_OUTCOMES.map((o) => (
                      <th key={o} scope="col" className="p-2 text-right">{tx(`outcome.${o}`)}</th>
                    ))}
                    <th scope="col" className="p-2 text-right">{t("whatIf.total")}</th>
                  </tr>
                </thead>
                <tbody>
                  {countsRow(t("whatIf.claims"), summary.claims, "what-if-counts-claims")}
                  {countsRow(t("whatIf.enterprises"), summary.enterprises, "what-if-counts-enterprises")}
                  {countsRow(t("whatIf.trainees"), summary.trainees, "what-if-counts-trainees")}
                </tbody>
              </table>

              <div className="mt-6 grid gap-4 lg:grid-cols-2">
                <BarChart
                  title={t("whatIf.byKindChart")}
                  testId="what-if-by-kind"
                  format={yuan}
                  rows={Object.entries(summary.byKind).flatMap(([kind, split]) => [
                    { label: t("whatIf.nowOf", { what: tKind(kind) }), value: split.nowFen, tone: "slate" as const },
                    { label: t("whatIf.draftOf", { what: tKind(kind) }), value: split.draftFen, tone: "brand" as const },
                  ])}
                />
                <BarChart
                  title={t("whatIf.byDistrictChart")}
                  testId="what-if-by-district"
                  format={yuan}
                  rows={summary.byDistrict.slice(0, 8).flatMap((split) => {
                    const name = split.district ? districtLabel(admin.cityId, split.district) : t("whatIf.districtUnknown");
                    return [
                      { label: t("whatIf.nowOf", { what: name }), value: split.nowFen, tone: "slate" as const },
                      { label: t("whatIf.draftOf", { what: name }), value: split.draftFen, tone: "brand" as const },
                    ];
                  })}
                />
              </div>

              <h3 className="mt-6 font-semibold">{t("whatIf.budgetTitle")}</h3>
              <table className="mt-2 w-full max-w-4xl border-collapse bg-white text-sm" data-testid="what-if-budget">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-2 text-left">{t("whatIf.budgetYear")}</th>
                    <th scope="col" className="p-2 text-right">{t("whatIf.budget")}</th>
                    <th scope="col" className="p-2 text-right">{t("whatIf.granted")}</th>
                    <th scope="col" className="p-2 text-right">{t("whatIf.projectedNow")}</th>
                    <th scope="col" className="p-2 text-right">{t("whatIf.projectedDraft")}</th>
                    <th scope="col" className="p-2 text-right">{t("whatIf.remaining")}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.budget.map((line) => (
                    <tr key={line.claimYear} className="border-b border-slate-200">
                      <th scope="row" className="p-2 text-left font-medium">{line.claimYear}</th>
                      <td className="p-2 text-right tabular-nums">{line.budgetFen === null ? t("whatIf.noBudget") : yuan(line.budgetFen)}</td>
                      <td className="p-2 text-right tabular-nums">{yuan(line.grantedFen)}</td>
                      <td className="p-2 text-right tabular-nums">{yuan(line.projectedNowFen)}</td>
                      <td className="p-2 text-right tabular-nums">{yuan(line.projectedDraftFen)}</td>
                      <td className={`p-2 text-right tabular-nums ${line.remainingFen !== null && line.remainingFen < 0 ? "font-semibold text-red-800" : ""}`}>
                        {line.remainingFen === null ? "—" : line.remainingFen < 0 ? t("whatIf.overBudget", { amount: yuan(-line.remainingFen) }) : yuan(line.remainingFen)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>

              <h3 className="mt-6 font-semibold">{t("whatIf.listTitle", { count: list.total })}</h3>
              <div className="mt-2">
                <ExportLinks href={`${base}/export?${new URLSearchParams({ run: run.id, sort, dir }).toString()}`} what="whatIf" />
              </div>
              {list.total === 0 ? (
                <p className="mt-2 text-sm">{t("whatIf.noneAffected")}</p>
              ) : (
                <div className="mt-2 overflow-x-auto">
                  <table className="w-full border-collapse bg-white text-left text-sm" data-testid="what-if-rows">
                    <thead>
                      <tr className="border-b border-slate-300">
                        {sortHeader("claimNumber", tx("claimNumber"))}
                        <th scope="col" className="p-2">{tx("kind")}</th>
                        <th scope="col" className="p-2">{tx("organisation")}</th>
                        <th scope="col" className="p-2">{tx("status")}</th>
                        {sortHeader("nowFen", t("whatIf.now"))}
                        {sortHeader("draftFen", t("whatIf.draft"))}
                        {sortHeader("differenceFen", t("whatIf.difference"))}
                        <th scope="col" className="p-2">{tx("changedConditions")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.rows.map((row) => (
                        <tr key={row.claimId} className="border-b border-slate-200">
                          <td className="p-2 font-mono">{row.claimNumber}</td>
                          <td className="p-2">{tKind(row.kind)}</td>
                          <td className="p-2">{row.organisationName}</td>
                          <td className="p-2">{tStatus(row.status)}</td>
                          <td className="p-2 text-right tabular-nums">{yuan(row.nowFen)}</td>
                          <td className="p-2 text-right tabular-nums">{yuan(row.draftFen)}</td>
                          <td className="p-2 text-right tabular-nums">{signed(row.differenceFen)}</td>
                          <td className="p-2">{row.changedConditions.map(condition).join(tx("conditionSeparator"))}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {list.pageCount > 1 ? (
                    <nav aria-label={t("whatIf.pagination")} className="mt-3 flex items-center gap-4 text-sm">
                      {list.page > 1 ? <Link href={href({ page: String(list.page - 1) })} className="text-blue-800 underline">{t("whatIf.previous")}</Link> : null}
                      <span>{t("whatIf.pageOf", { page: list.page, pages: list.pageCount })}</span>
                      {list.page < list.pageCount ? <Link href={href({ page: String(list.page + 1) })} className="text-blue-800 underline">{t("whatIf.next")}</Link> : null}
                    </nav>
                  ) : null}
                </div>
              )}
            </>
          ) : null}
        </section>
      ) : (
        <p className="mt-6 text-sm">{t("whatIf.noRunYet")}</p>
      )}
    </>
  );
}
