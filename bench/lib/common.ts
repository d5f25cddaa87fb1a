// Shared by the bench scripts: the bench database, test-only secrets, a seeded PRNG, bundling.
import { spawnSync } from "node:child_process";

/** Test-only secrets, set when the environment has none: the bench database is scratch data. */
export const BENCH_SECRETS = {
  NEXTAUTH_SECRET: "bench-only-secret-bench-only-secret-bench-only",
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 11).toString("base64"),
  PII_LOOKUP_KEY: Buffer.alloc(32, 13).toString("base64"),
  AUDIT_HMAC_KEY: Buffer.alloc(32, 17).toString("base64"),
};

export function applyBenchSecrets(): boolean {
  let set = false;
  for (const [key, value] of Object.entries(BENCH_SECRETS)) {
    if (!process.env[key]) {
      process.env[key] = value;
      set = true;
    }
  }
  return set;
}

export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/portal_bench";
export const BENCH_PGLITE_DIR = process.env.BENCH_PGLITE_DIR || ".data/portal_bench_pglite";
export const BENCH_SEED = Number(process.env.BENCH_SEED ?? 20_260_101);

/** mulberry32: a fixed seed gives the same data on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  weighted<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as [T, number][];
    const total = entries.reduce((a, [, w]) => a + w, 0);
    let x = this.next() * total;
    for (const [k, w] of entries) {
      x -= w;
      if (x < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }
  hex(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdef"[Math.floor(this.next() * 16)];
    return s;
  }
  /** A UUID laid out like Prisma's uuid(7): the creation time in milliseconds, then random bits. */
  uuid7(ms: number): string {
    const t = Math.floor(ms).toString(16).padStart(12, "0");
    const variant = "89ab"[Math.floor(this.next() * 4)];
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${this.hex(3)}-${variant}${this.hex(3)}-${this.hex(12)}`;
  }
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i]!;
}

export function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), max: round(s[s.length - 1] ?? NaN) };
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Bundles a bench script with esbuild (project code compiled, packages left to node_modules) into
 * node_modules/.cache, for running by plain node in a child process: the server runs compiled
 * code, and under tsx the loader alone holds some 70 MB before a measurement starts. Returns the
 * bundle's path.
 */
export function bundleBenchScript(entry: string): string {
  const name = entry.replace(/^.*\//, "").replace(/\.ts$/, "");
  const outfile = `node_modules/.cache/bench-bundles/${name}.mjs`;
  const bundled = spawnSync("npx", ["esbuild", entry, "--bundle", "--platform=node", "--format=esm", "--packages=external", `--outfile=${outfile}`, "--alias:@=.", "--log-level=warning"], { encoding: "utf8" });
  if (bundled.status !== 0) throw new Error(`esbuild of ${entry} failed: ${bundled.stderr}`);
  return outfile;
}
