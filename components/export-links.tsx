"use client";

import { useEffect, useState, type MouseEvent } from "react";
import { useTranslations } from "next-intl";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exports/export-format";

type RunStatus = "PENDING" | "RUNNING" | "DONE" | "FAILED";

interface Run {
  exportId: string;
  status: RunStatus;
  rowsWritten: number;
  rowsTotal: number | null;
  /** Polls answered "pending" so far. */
  pendingPolls: number;
}

const POLL_MS = 500;
/** A download that has not reached the server after this many polls (30 s: refused, or the network failed) is reported as failed. */
const PENDING_POLL_LIMIT = 60;

/** A random UUID (v4) without crypto.randomUUID, which browsers offer on HTTPS and localhost only. */
function newExportId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function withParams(href: string, params: Record<string, string>): string {
  const url = new URL(href, "http://portal.invalid");
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}

/**
 * An export's download links, one per format (CSV, Excel), and the progress of the download
 * started from them. Without JavaScript they are plain download links. With it, a click gives
 * the download an id (?exportId=…), starts it as the browser's own download (the file streams to
 * disk, never through this page's memory), and polls /api/exports/<id>, which reads the rows the
 * server has written from the database (any app instance may answer), until the export is done.
 */
export function ExportLinks({ href, what }: { href: string; what: "reviewQueue" | "rejectedRows" | "auditLog" | "whatIf" }) {
  const t = useTranslations("exportDownload");
  const [run, setRun] = useState<Run | null>(null);

  useEffect(() => {
    if (!run || run.status === "DONE" || run.status === "FAILED") return;
    let cancelled = false;
    const timer = window.setTimeout(async () => {
      let next: Run;
      try {
        const response = await fetch(`/api/exports/${run.exportId}`, { cache: "no-store" });
        const progress = response.ok ? ((await response.json()) as Pick<Run, "status" | "rowsWritten" | "rowsTotal">) : null;
        const pendingPolls = progress?.status === "PENDING" ? run.pendingPolls + 1 : 0;
        const gaveUp = !progress || pendingPolls > PENDING_POLL_LIMIT;
        next = { ...run, ...progress, pendingPolls, status: gaveUp ? "FAILED" : progress.status };
      } catch {
        next = { ...run, status: "FAILED" };
      }
      if (!cancelled) setRun(next);
    }, POLL_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [run]);

  const start = (event: MouseEvent<HTMLAnchorElement>, format: ExportFormat) => {
    // A click that opens a new tab or window is the browser's to handle.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const exportId = newExportId();
    const link = document.createElement("a");
    link.href = withParams(href, { format, exportId });
    link.download = "";
    document.body.append(link);
    link.click();
    link.remove();
    setRun({ exportId, status: "PENDING", rowsWritten: 0, rowsTotal: null, pendingPolls: 0 });
  };

  const text = (r: Run) => {
    switch (r.status) {
      case "PENDING":
        return t("preparing");
      case "RUNNING":
        return r.rowsTotal === null ? t("progressUnknown", { written: r.rowsWritten }) : t("progress", { written: r.rowsWritten, total: r.rowsTotal });
      case "DONE":
        return t("done", { written: r.rowsWritten });
      case "FAILED":
        return t("failed");
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-3">
        {EXPORT_FORMATS.map((format) => (
          <a key={format} href={withParams(href, { format })} className="underline" download onClick={(event) => start(event, format)}>
            {t(`link.${what}`, { format: t(`format.${format}`) })}
          </a>
        ))}
      </div>
      {run ? (
        <div role="status" data-testid="export-progress" data-status={run.status} className={`flex items-center gap-2 text-sm ${run.status === "FAILED" ? "text-red-800" : ""}`}>
          {run.status === "FAILED" ? null : (
            <progress
              aria-label={t("progressLabel")}
              max={run.status === "DONE" ? 1 : (run.rowsTotal ?? undefined) || 1}
              value={run.status === "DONE" ? 1 : run.rowsTotal ? run.rowsWritten : undefined}
            />
          )}
          <span>{text(run)}</span>
        </div>
      ) : null}
    </div>
  );
}
