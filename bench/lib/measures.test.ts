import { describe, expect, it } from "vitest";
import { benchMeasures, measure, slug } from "./measures";

describe("measure", () => {
  it("meets a lower-is-better target at or under it, a higher-is-better one at or over it", () => {
    expect(measure("a", 90, "ms", { target: 90, better: "lower" }).met).toBe(true);
    expect(measure("a", 91, "ms", { target: 90, better: "lower" }).met).toBe(false);
    expect(measure("b", 50, "claims/s", { floor: 100, target: 50, better: "higher" }).met).toBe(true);
    expect(measure("b", 49, "claims/s", { floor: 100, target: 50, better: "higher" }).met).toBe(false);
  });

  it("says neither met nor missed without a target or a value, and keeps the six keys", () => {
    expect(measure("c", 12, "ms", { better: "lower" })).toEqual({ name: "c", value: 12, unit: "ms", floor: null, target: null, met: null });
    expect(measure("d", Number.NaN, "KB gzip", { target: 150, better: "lower" })).toEqual({ name: "d", value: null, unit: "KB gzip", floor: null, target: 150, met: null });
    expect(measure("e", undefined, "score", { target: 95, better: "higher" }).met).toBeNull();
  });
});

describe("slug", () => {
  it("makes plain names of the run's labels", () => {
    expect(slug("deep page (600)")).toBe("deep-page-600");
    expect(slug("stored-open+2025")).toBe("stored-open-2025");
    expect(slug("claim form (new)")).toBe("claim-form-new");
  });
});

describe("benchMeasures", () => {
  it("turns the queue into page p95 against the hand-written floor, with 3x the floor as the target", () => {
    const measures = benchMeasures({
      postgres: {
        queue: {
          "first page": { page: { p50: 70, p95: 81.4 }, hand: { p50: 60, p95: 77.6 } },
          "filtered page": { page: { p50: 60, p95: 90 }, hand: { p50: 20, p95: 26.4 } },
        },
      },
    });
    expect(measures).toEqual([
      { name: "postgres.queue.first-page.p95", value: 81.4, unit: "ms", floor: 77.6, target: 232.8, met: true },
      { name: "postgres.queue.filtered-page.p95", value: 90, unit: "ms", floor: 26.4, target: 79.2, met: false },
    ]);
  });

  it("reads submission against half the raw inserts, and the targets without a floor", () => {
    const measures = benchMeasures({
      postgres: { submission: { domain: { perSecond: 192.2 }, rawInserts: { perSecond: 456.3 } }, exports: [{ format: "csv", firstByteMs: 259, growthMB: 146 }] },
      frontend: { firstLoadJs: { login: { gzipKB: 172.6, applicantPage: true }, "review queue": { gzipKB: 149.5, applicantPage: false } }, lighthouse: "skipped" },
      whatIf: [{ scenario: "open", ms: 3580, maxRssMB: 250 }],
      reconcile: { ms: 1790 },
      eligibility: { ruleA_perSecond: 344_285, ruleB_perSecond: null },
      pglite: { skipped: true },
    });
    const byName = Object.fromEntries(measures.map((m) => [m.name, m]));
    expect(byName["postgres.submission.per-second"]).toEqual({ name: "postgres.submission.per-second", value: 192.2, unit: "claims/s", floor: 456.3, target: 228.15, met: false });
    expect(byName["postgres.export.csv.first-byte"]?.met).toBe(true);
    expect(byName["postgres.export.csv.memory-growth"]?.met).toBe(false);
    expect(byName["frontend.first-load-js.login"]).toMatchObject({ target: 150, met: false });
    expect(byName["frontend.first-load-js.review-queue"]).toMatchObject({ target: null, met: null });
    expect(byName["what-if.open.time"]).toMatchObject({ value: 3.58, unit: "s", target: 5, met: true });
    expect(byName["reconcile.open-claims.time"]).toMatchObject({ value: 1.79, met: true });
    expect(byName["eligibility.rule-b.per-second"]).toMatchObject({ value: null, met: null });
    expect(measures.every((m) => Object.keys(m).join() === "name,value,unit,floor,target,met")).toBe(true);
    expect(measures.some((m) => m.name.startsWith("pglite."))).toBe(false);
  });

  it("gives no measures for parts a run skipped", () => {
    expect(benchMeasures({})).toEqual([]);
  });
});
