"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const POLL_MS = 700;

/** A running what-if's progress, polled from the database (any instance may be running it); the page reloads when it ends. */
export function WhatIfProgress({ versionId, runId, done, total }: { versionId: string; runId: string; done: number; total: number }) {
  const t = useTranslations("policy.whatIf");
  const router = useRouter();
  const [progress, setProgress] = useState({ done, total });
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/admin/policy/${encodeURIComponent(versionId)}/what-if/progress?run=${runId}`, { cache: "no-store" }).catch(() => null);
      if (stopped || !response?.ok) return;
      const run = (await response.json()) as { status: string; done: number; total: number };
      setProgress({ done: run.done, total: run.total });
      if (run.status !== "RUNNING") {
        stopped = true;
        clearInterval(timer);
        router.refresh();
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [versionId, runId, router]);
  return (
    <div className="mt-4 max-w-xl" role="status" data-testid="what-if-progress">
      <label htmlFor="what-if-progress-bar" className="block text-sm font-medium">
        {progress.total > 0 ? t("progress", { done: progress.done, total: progress.total }) : t("progressStarting")}
      </label>
      <progress id="what-if-progress-bar" className="mt-1 w-full" max={Math.max(progress.total, 1)} value={progress.done} />
    </div>
  );
}
