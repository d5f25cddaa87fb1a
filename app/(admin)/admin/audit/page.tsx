import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdministrator } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import Link from "next/link";
import { ExportLinks } from "@/components/export-links";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { parseAuditFilter, type AuditFilterField } from "@/lib/audit/parse-audit-filter";
import { AUDIT_ACTION_CODES, auditActionMessageKey } from "@/lib/audit/audit-action-codes";
import { auditAnchorDir } from "@/lib/audit/audit-anchor-store";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";

/**
 * Verifies the whole hash chain on every visit and shows where it breaks, then compares the log with
 * its last anchor outside the database (truncation, a rewritten head, a bad anchor file); the latest
 * entries below in words (what, to which claim or person, by whom), filtered and paged, each with
 * its raw record one click away.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const administrator = await requireAdministrator();
  const t = await getTranslations("audit");
  const tValidation = await getTranslations("validation");
  const format = await getFormatter();
  const prisma = getPrisma();
  const report = await verifyAuditChain(prisma, { anchorDir: auditAnchorDir() });
  const firstBreak = report.valid ? undefined : report.breaks[0];
  const anchor = report.anchor!;
  const anchorProblems = anchor.findings.length + anchor.badFiles.length > 0;
  const anchoredAt = anchor.createdAt ? format.dateTime(new Date(anchor.createdAt), { dateStyle: "medium", timeStyle: "medium" }) : "";
  const query = await searchParams;
  const { filter, errors } = parseAuditFilter(query);
  const entries = await listAuditEntries(prisma, filter, administrator.cityId);
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const filterParams = () => {
    const params = new URLSearchParams();
    for (const key of ["actor", "target", "action", "from", "to"] as const) if (filter[key]) params.set(key, filter[key]!);
    return params;
  };
  const pageHref = (page: number) => {
    const params = filterParams();
    params.set("page", String(page));
    return `/admin/audit?${params.toString()}`;
  };
  const actionWords = (code: string) => {
    const key = auditActionMessageKey(code);
    return key ? t(key) : t("actionUnknown", { code });
  };
  const roleWords = (role: string | null) => (role ? (t.has(`role.${role}`) ? t(`role.${role}`) : t("role.other", { role })) : "");
  const fieldError = (field: AuditFilterField) =>
    errors[field] ? (
      <span id={`audit-${field}-error`} className="text-red-800" role="alert">
        {tValidation.has(errors[field]!) ? tValidation(errors[field]!) : t("filter.invalid")}
      </span>
    ) : null;
  const input = (field: "actor" | "target" | "from" | "to", type = "text") => (
    <label className="flex flex-col gap-1">
      {t(`filter.${field}`)}
      <input
        name={field}
        type={type}
        defaultValue={first(query[field])}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `audit-${field}-error` : undefined}
        className="rounded border border-slate-400 px-2 py-1"
      />
      {fieldError(field)}
    </label>
  );
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {firstBreak ? (
        <p role="alert" data-testid="chain-status" className="mt-3 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t("broken", { seq: String(firstBreak.brokenAtSeq), checked: report.checked })} {t(`reason.${firstBreak.reason}`)}
        </p>
      ) : (
        <p role="status" data-testid="chain-status" className="mt-3 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("valid", { checked: report.checked })}
        </p>
      )}
      {anchorProblems ? (
        <div role="alert" data-testid="anchor-status" className="mt-3 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {anchor.findings.length > 0 ? <p>{t("anchor.problems", { createdAt: anchoredAt })}</p> : null}
          <ul className="list-disc pl-5">
            {anchor.findings.map((f) => (
              <li key={`f${f.chain}`}>
                {t(`anchor.finding.${f.kind}`, { chain: f.chain, anchoredSeq: String(f.anchoredSeq), anchoredEntries: f.anchoredEntries, databaseEntries: f.databaseEntries })}
              </li>
            ))}
            {anchor.badFiles.map((b) => (
              <li key={b.file}>{t("anchor.badFile", { file: b.file.split(/[\\/]/).pop()!, reason: t(`anchor.badReason.${b.reason}`) })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status" data-testid="anchor-status" className={`mt-3 rounded border p-3 ${anchor.file ? "border-green-700 bg-green-50 text-green-900" : "border-amber-700 bg-amber-50 text-amber-900"}`}>
          {anchor.file ? t("anchor.ok", { createdAt: anchoredAt }) : t("anchor.none")}
        </p>
      )}
      <form method="get" action="/admin/audit" aria-label={t("filter.legend")} className="mt-4 grid grid-cols-2 gap-3 rounded border border-slate-300 bg-white p-3 text-sm md:grid-cols-3">
        {input("actor")}
        {input("target")}
        <label className="flex flex-col gap-1">
          {t("filter.action")}
          <select
            name="action"
            defaultValue={filter.action ?? ""}
            aria-invalid={errors.action ? true : undefined}
            aria-describedby={errors.action ? "audit-action-error" : undefined}
            className="rounded border border-slate-400 px-2 py-1"
          >
            <option value="">{t("filter.anyAction")}</option>
            {AUDIT_ACTION_CODES.map((code) => (
              <option key={code} value={code}>{actionWords(code)}</option>
            ))}
          </select>
          {fieldError("action")}
        </label>
        {input("from", "date")}
        {input("to", "date")}
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-slate-800 px-3 py-1 text-white">{t("filter.apply")}</button>
          <Link className="underline" href="/admin/audit">{t("filter.clear")}</Link>
          {fieldError("page")}
        </div>
      </form>
      <div className="mt-3 text-sm">
        <ExportLinks href={`/admin/audit/export?${filterParams().toString()}`} what="auditLog" />
      </div>
      {entries.rows.length === 0 ? (
        <p className="mt-4" data-testid="audit-empty">{t("none")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-left text-sm" data-testid="audit-entries">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">#</th>
              <th scope="col" className="p-2">{t("at")}</th>
              <th scope="col" className="p-2">{t("actor")}</th>
              <th scope="col" className="p-2">{t("action")}</th>
              <th scope="col" className="p-2">{t("target")}</th>
              <th scope="col" className="p-2">{t("result")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.rows.map((e) => (
              <tr key={String(e.seq)} data-testid="audit-row" className={`border-b border-slate-200 align-top ${firstBreak && e.seq >= firstBreak.brokenAtSeq ? "bg-red-50" : ""}`}>
                <td className="p-2">{String(e.seq)}</td>
                <td className="p-2">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
                <td className="p-2">
                  {e.actorName ?? (e.actorRole ? "" : t("noActor"))}
                  {e.actorRole ? <span className="ml-1 text-slate-600">({roleWords(e.actorRole)})</span> : null}
                </td>
                <td className="p-2">
                  {actionWords(e.action)}
                  <details className="mt-1 text-xs">
                    <summary className="cursor-pointer text-slate-600">{t("raw")}</summary>
                    <pre className="mt-1 max-w-xl overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono" data-testid="audit-raw">{JSON.stringify(e.raw, null, 2)}</pre>
                  </details>
                </td>
                <td className="p-2">
                  {e.targetType ? (t.has(`targetKind.${e.targetType}`) ? t(`targetKind.${e.targetType}`) : t("targetKind.other", { type: e.targetType })) : ""}
                  {e.targetLabel ? <span className="ml-1 font-medium">{e.targetLabel}</span> : null}
                </td>
                <td className="p-2">{t.has(`resultValue.${e.result}`) ? t(`resultValue.${e.result}`) : t("resultValue.other", { result: e.result })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t("page", { page: entries.page, pages: entries.pageCount })} className="mt-3 flex items-center gap-4 text-sm">
        {entries.page > 1 ? <Link className="underline" href={pageHref(entries.page - 1)}>{t("previous")}</Link> : null}
        <span data-testid="audit-page">{t("page", { page: entries.page, pages: entries.pageCount })}</span>
        {entries.page < entries.pageCount ? <Link className="underline" href={pageHref(entries.page + 1)}>{t("next")}</Link> : null}
      </nav>
    </>
  );
}
