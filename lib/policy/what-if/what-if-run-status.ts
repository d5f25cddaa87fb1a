/**
 * A RUNNING run whose progress is older than this is shown as FAILED: its instance died (a
 * batch of 5,000 claims takes well under a second; a minute without progress is no slow batch).
 */
export const WHAT_IF_STALE_MS = 3 * 60_000;

export type WhatIfRunState = "RUNNING" | "DONE" | "FAILED";

/** The state a reader is shown: RUNNING without recent progress is FAILED (interrupted). */
export function shownRunState(run: { status: WhatIfRunState; progressAt: Date }, now: Date): { status: WhatIfRunState; interrupted: boolean } {
  if (run.status === "RUNNING" && now.getTime() - run.progressAt.getTime() > WHAT_IF_STALE_MS) return { status: "FAILED", interrupted: true };
  return { status: run.status, interrupted: false };
}
