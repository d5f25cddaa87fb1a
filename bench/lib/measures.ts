// bench/results.json's contract (issue 23): one entry per measure with a stable shape, so that a
// run can be compared with another by name without knowing how run.ts happens to nest its detail.
//
//   { name, value, unit, floor, target, met }
//
// - value: what the portal did, in `unit`;
// - floor: what the machine does for the same work in the same run (the hand-written SQL, raw
//   inserts), in the same unit; null when the measure has none;
// - target: the value the issue asks for, in the same unit (for a "within 3x of the floor" target
//   that is 3 x floor, so it moves with the floor); null when the measure has no target;
// - met: value within the target (lower or higher is better depending on the measure); null
//   without a target or without a value.

export interface Measure {
  name: string;
  value: number | null;
  unit: string;
  floor: number | null;
  target: number | null;
  met: boolean | null;
}

/** Whether a smaller value (times, sizes) or a larger one (throughput, scores) is better. */
export type Better = "lower" | "higher";

const finite = (x: number | null | undefined): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);
const round2 = (x: number) => Math.round(x * 100) / 100;

export function measure(name: string, value: number | null | undefined, unit: string, options: { floor?: number | null; target?: number | null; better: Better }): Measure {
  const v = finite(value);
  const target = finite(options.target);
  const met = v === null || target === null ? null : options.better === "lower" ? v <= target : v >= target;
  return { name, value: v, unit, floor: finite(options.floor), target, met };
}

/** The queue target (issue 8): the page's p95 within 3x of the hand-written query's p95. */
export const QUEUE_RATIO_TARGET = 3;
/** The submission target (issue 8): at least half the raw inserts' throughput. */
export const SUBMISSION_RATIO_TARGET = 0.5;
/** Applicant pages' first-load JS, KB gzip (issue 8). */
export const APPLICANT_JS_TARGET_KB = 150;
export const LIGHTHOUSE_TARGET = 95;
/** Policy what-if (issue 17): seconds and peak resident set. */
export const WHAT_IF_TARGET = { seconds: 5, peakMB: 300 };
/** Reconciling every open claim (issue 18), seconds. */
export const RECONCILE_TARGET_SECONDS = 10;
/** Queue export (issue 23): first byte, ms, and the server's memory growth, MB. */
export const EXPORT_TARGET = { firstByteMs: 1000, growthMB: 100 };

/** "deep page (600)" → "deep-page-600": names stay plain words, digits and dashes. */
export function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

interface Percentiles {
  p50: number;
  p95: number;
}
interface QueueEntry {
  page: Percentiles;
  hand: Percentiles;
  lib?: Percentiles;
}
interface SubmissionEntry {
  domain: { perSecond: number };
  rawInserts: { perSecond: number };
}
/** The parts of run.ts's results the measures are read from (everything optional: a partial run has fewer measures, never another shape). */
export interface BenchResults {
  postgres?: {
    queue?: Record<string, QueueEntry>;
    pages?: Record<string, Partial<Percentiles> & { error?: string }>;
    submission?: SubmissionEntry;
    exports?: Array<{ format: string; firstByteMs: number; growthMB: number }>;
  };
  pglite?: { queue?: Record<string, QueueEntry>; submission?: SubmissionEntry; skipped?: boolean };
  frontend?: {
    firstLoadJs?: Record<string, { gzipKB?: number; applicantPage?: boolean }>;
    lighthouse?: Record<string, Record<string, { score: number | null }>> | string;
  };
  whatIf?: Array<{ scenario: string; ms: number; maxRssMB: number }>;
  reconcile?: { ms: number };
  eligibility?: { ruleA_perSecond: number | null; ruleB_perSecond: number | null };
}

function queueMeasures(db: string, queue: Record<string, QueueEntry> | undefined): Measure[] {
  return Object.entries(queue ?? {}).map(([label, q]) =>
    measure(`${db}.queue.${slug(label)}.p95`, q.page.p95, "ms", { floor: q.hand.p95, target: round2(QUEUE_RATIO_TARGET * q.hand.p95), better: "lower" }),
  );
}

function submissionMeasure(db: string, s: SubmissionEntry | undefined): Measure[] {
  if (!s) return [];
  const floor = s.rawInserts.perSecond;
  return [measure(`${db}.submission.per-second`, s.domain.perSecond, "claims/s", { floor, target: round2(SUBMISSION_RATIO_TARGET * floor), better: "higher" })];
}

/** Every measure a run produced, in a fixed order; parts the run skipped are simply absent. */
export function benchMeasures(r: BenchResults): Measure[] {
  const out: Measure[] = [];
  out.push(...queueMeasures("postgres", r.postgres?.queue));
  out.push(...submissionMeasure("postgres", r.postgres?.submission));
  for (const [label, p] of Object.entries(r.postgres?.pages ?? {})) out.push(measure(`postgres.page.${slug(label)}.p95`, p.p95, "ms", { better: "lower" }));
  for (const e of r.postgres?.exports ?? []) {
    out.push(measure(`postgres.export.${e.format}.first-byte`, e.firstByteMs, "ms", { target: EXPORT_TARGET.firstByteMs, better: "lower" }));
    out.push(measure(`postgres.export.${e.format}.memory-growth`, e.growthMB, "MB", { target: EXPORT_TARGET.growthMB, better: "lower" }));
  }
  for (const [label, js] of Object.entries(r.frontend?.firstLoadJs ?? {})) {
    out.push(measure(`frontend.first-load-js.${slug(label)}`, js.gzipKB, "KB gzip", { target: js.applicantPage ? APPLICANT_JS_TARGET_KB : null, better: "lower" }));
  }
  const lighthouse = r.frontend?.lighthouse;
  if (lighthouse && typeof lighthouse === "object") {
    for (const [label, presets] of Object.entries(lighthouse)) {
      for (const [preset, result] of Object.entries(presets)) {
        out.push(measure(`frontend.lighthouse.${slug(label)}.${preset}`, result.score, "score", { target: LIGHTHOUSE_TARGET, better: "higher" }));
      }
    }
  }
  for (const w of r.whatIf ?? []) {
    out.push(measure(`what-if.${slug(w.scenario)}.time`, w.ms / 1000, "s", { target: WHAT_IF_TARGET.seconds, better: "lower" }));
    out.push(measure(`what-if.${slug(w.scenario)}.peak-rss`, w.maxRssMB, "MB", { target: WHAT_IF_TARGET.peakMB, better: "lower" }));
  }
  if (r.reconcile) out.push(measure("reconcile.open-claims.time", r.reconcile.ms / 1000, "s", { target: RECONCILE_TARGET_SECONDS, better: "lower" }));
  if (r.eligibility) {
    out.push(measure("eligibility.rule-a.per-second", r.eligibility.ruleA_perSecond, "evaluations/s", { better: "higher" }));
    out.push(measure("eligibility.rule-b.per-second", r.eligibility.ruleB_perSecond, "evaluations/s", { better: "higher" }));
  }
  if (r.pglite && !r.pglite.skipped) {
    out.push(...queueMeasures("pglite", r.pglite.queue));
    out.push(...submissionMeasure("pglite", r.pglite.submission));
  }
  return out;
}
