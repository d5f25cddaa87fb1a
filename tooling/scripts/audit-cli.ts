import { resolveDatabaseUrl } from "@/lib/db/client";
import type { AuditChainReport } from "@/lib/audit/verify-audit-chain";
import { ensureLocalSecrets } from "./local-secrets";

/** The audit commands use the same keys as the app: on the embedded database, the local ones. */
export function loadAuditSecrets(): void {
  if (resolveDatabaseUrl(process.env.DATABASE_URL).kind === "pglite") Object.assign(process.env, ensureLocalSecrets(process.env));
}

/** A verification report as lines for the terminal. */
export function describeAuditReport(report: AuditChainReport): string[] {
  const lines = [`${report.checked} entries in ${report.stripes} stripe(s) checked.`];
  if (!report.valid) for (const b of report.breaks) lines.push(`stripe ${b.chain}: breaks at entry ${b.brokenAtSeq} (${b.reason})`);
  const anchor = report.anchor;
  if (anchor) {
    lines.push(anchor.file ? `last anchor: ${anchor.file} (${anchor.createdAt})` : "no anchor yet");
    for (const f of anchor.findings) {
      lines.push(`stripe ${f.chain}: ${f.kind} – anchored head ${f.anchoredSeq} with ${f.anchoredEntries} entries; the database has ${f.databaseEntries} up to it, newest ${f.databaseHeadSeq ?? "none"}`);
    }
    for (const bad of anchor.badFiles) lines.push(`anchor file ${bad.file}: ${bad.reason}`);
  }
  return lines;
}
