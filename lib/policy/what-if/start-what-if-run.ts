import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { validatePolicy, type EligibilityPolicy } from "@/lib/eligibility";
import { insertWhatIfRows } from "./insert-what-if-rows";
import { runWhatIf } from "./run-what-if";
import { WHAT_IF_STALE_MS } from "./what-if-run-status";

/** Runs kept per policy version (the newest, whatever their state); older ones are deleted with their rows when a run starts. */
export const WHAT_IF_RUNS_KEPT = 5;

export interface StartWhatIfRunInput {
  policy: EligibilityPolicy;
  policyVersionId: string;
  /** The draft's revision the run is made on, stored as given. */
  policyRevision: number;
  claimYear: number | null;
  /** The city whose claims are compared: the draft's. */
  cityId: string;
  /** The administrator, already checked by the caller. */
  startedById: string;
}

export interface StartWhatIfRunOptions {
  batchSize?: number;
  /** Called after the run's progress is written (tests hold a run here). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

// This process's runs, so a test or the bench can wait for one; the database is the truth.
const running = new Map<string, Promise<void>>();

/**
 * Creates the run (RUNNING) and returns its id at once; the what-if runs in the background of
 * this process, writing its progress and the batch's changed claims after every batch, then the
 * summary (DONE) or the error (FAILED). An instance that dies leaves a RUNNING run whose progress
 * stops: getWhatIfRun shows it FAILED after WHAT_IF_STALE_MS. A policy that fails validation is
 * refused before anything is written.
 */
export async function startWhatIfRun(prisma: PrismaClient, input: StartWhatIfRunInput, options: StartWhatIfRunOptions = {}): Promise<string> {
  // Validated before anything is written, and copied: a caller changing its object later does not change the run.
  const policy = Object.freeze({ ...validatePolicy(input.policy) });
  const run = await prisma.whatIfRun.create({
    data: { policyVersionId: input.policyVersionId, policyRevision: input.policyRevision, claimYear: input.claimYear, startedById: input.startedById },
    select: { id: true },
  });
  await pruneOldRuns(prisma, input.policyVersionId);
  const work = execute(prisma, run.id, policy, input.cityId, input.claimYear, options).finally(() => running.delete(run.id));
  running.set(run.id, work);
  return run.id;
}

/** Resolves when a run started by this process has ended (at once for any other run). */
export function whatIfRunSettled(runId: string): Promise<void> {
  return running.get(runId) ?? Promise.resolve();
}

async function execute(prisma: PrismaClient, runId: string, policy: EligibilityPolicy, cityId: string, claimYear: number | null, options: StartWhatIfRunOptions): Promise<void> {
  try {
    const { summary } = await runWhatIf(prisma, {
      policy,
      cityId,
      claimYear,
      batchSize: options.batchSize,
      onRows: async (rows) => {
        await insertWhatIfRows(prisma, runId, rows);
      },
      onProgress: async (done, total) => {
        await prisma.whatIfRun.updateMany({ where: { id: runId, status: "RUNNING" }, data: { done, total, progressAt: new Date() } });
        await options.onProgress?.(done, total);
      },
    });
    await prisma.whatIfRun.updateMany({
      where: { id: runId, status: "RUNNING" },
      data: { status: "DONE", summary: summary as unknown as Prisma.InputJsonValue, finishedAt: new Date(), progressAt: new Date() },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    try {
      await prisma.whatIfRun.updateMany({ where: { id: runId, status: "RUNNING" }, data: { status: "FAILED", error: message.slice(0, 2000), finishedAt: new Date() } });
    } catch (recordError) {
      console.error("what-if run failed and its failure could not be recorded", runId, error, recordError);
    }
  }
}

/**
 * Keeps the newest WHAT_IF_RUNS_KEPT runs of the version. A run still running (recent progress)
 * is never deleted under its instance, even when older than those.
 */
async function pruneOldRuns(prisma: PrismaClient, policyVersionId: string): Promise<void> {
  const old = await prisma.whatIfRun.findMany({
    where: { policyVersionId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    skip: WHAT_IF_RUNS_KEPT,
    select: { id: true, status: true, progressAt: true },
  });
  const aliveSince = new Date(Date.now() - WHAT_IF_STALE_MS);
  const ids = old.filter((r) => r.status !== "RUNNING" || r.progressAt < aliveSince).map((r) => r.id);
  if (ids.length > 0) await prisma.whatIfRun.deleteMany({ where: { id: { in: ids } } });
}
