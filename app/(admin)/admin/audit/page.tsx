import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listRecentAuditEntries } from "@/lib/review/list-recent-audit-entries";
import { auditAnchorDir } from "@/lib/audit/audit-anchor-store";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";

/**
 * Verifies the whole hash chain on every visit and shows where it breaks, then compares the log with
 * its last anchor outside the database (truncation, a rewritten head, a bad anchor file); the latest
 * entries below.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  await requireRole("ADMINISTRATOR");
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const prisma = getPrisma();
  const report = await verifyAuditChain(prisma, { anchorDir: auditAnchorDir() });
  const firstBreak = report.valid ? undefined : report.breaks[0];
  const anchor = report.anchor!;
  const anchorProblems = anchor.findings.length + anchor.badFiles.length > 0;
  const anchoredAt = anchor.createdAt ? format.dateTime(new Date(anchor.createdAt), { dateStyle: "medium", timeStyle: "medium" }) : "";
  const { before } = await searchParams;
  const entries = await listRecentAuditEntries(prisma, before);
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
      <table className="mt-4 w-full border-collapse bg-white text-left text-sm">
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
            <tr key={String(e.seq)} className={`border-b border-slate-200 ${firstBreak && e.seq >= firstBreak.brokenAtSeq ? "bg-red-50" : ""}`}>
              <td className="p-2">{String(e.seq)}</td>
              <td className="p-2">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
              <td className="p-2">{e.actorName ?? e.actorRole ?? "—"}</td>
              <td className="p-2 font-mono">{e.action}</td>
              <td className="p-2">{e.targetType ?? ""} {e.targetId ?? ""}</td>
              <td className="p-2">{e.result}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.nextBefore ? <a className="mt-3 inline-block underline" href={`/admin/audit?before=${entries.nextBefore}`}>{t("older")}</a> : null}
    </>
  );
}
