import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { WhatIfSummary } from "./summarise-what-if";
import { shownRunState } from "./what-if-run-status";

/**
 * A run's state for the page's poll: status (RUNNING without progress for WHAT_IF_STALE_MS is
 * FAILED with `interrupted`), progress, and the summary once DONE. Null: no such run.
 */
export async function getWhatIfRun(prisma: PrismaClient, cityId: string, runId: string, now: Date = new Date()) {
  const run = await prisma.whatIfRun.findUnique({ where: { id: runId, policyVersion: { cityId } } });
  if (!run) return null;
  const shown = shownRunState(run, now);
  return {
    id: run.id,
    policyVersionId: run.policyVersionId,
    policyRevision: run.policyRevision,
    claimYear: run.claimYear,
    status: shown.status,
    /** The instance running it stopped reporting (died); `error` is null then. */
    interrupted: shown.interrupted,
    done: run.done,
    total: run.total,
    summary: run.summary as unknown as WhatIfSummary | null,
    startedById: run.startedById,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    error: run.error,
  };
}
export type WhatIfRunView = NonNullable<Awaited<ReturnType<typeof getWhatIfRun>>>;

/** The newest run of a policy version (the page opens on it), or null. */
export async function getLatestWhatIfRun(prisma: PrismaClient, cityId: string, policyVersionId: string, now: Date = new Date()) {
  const latest = await prisma.whatIfRun.findFirst({ where: { policyVersionId, policyVersion: { cityId } }, orderBy: [{ startedAt: "desc" }, { id: "desc" }], select: { id: true } });
  return latest ? getWhatIfRun(prisma, cityId, latest.id, now) : null;
}
