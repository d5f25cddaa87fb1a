// The policy what-if (issue 17) over the bench city, in-process against BENCH_DATABASE_URL (no
// HTTP): one scenario per process, so the peak RSS (process.resourceUsage().maxRSS) is the
// what-if's own and not that of an earlier scenario. Prints one JSON line; bench/run.ts runs the
// scenarios and puts them in its table.
//
//   npm run bench:what-if                       every scenario, each in a child process (bundled, plain node)
//   npx tsx bench/what-if.bench.ts <scenario>   one, under tsx: open | open+2025 | stored-open+2025
//   BENCH_WHAT_IF_BATCH=<n>                     claims per batch (default: the runner's)
//
// The draft raises rule A's rate from 0.20 to 0.25 RMB per USD and rule B's Nanchang trainee
// amount by 500 RMB. Targets (issue 17): under 5 s and under 300 MB.

import { spawnSync } from "node:child_process";
import { applyBenchSecrets, BENCH_DATABASE_URL, bundleBenchScript } from "./lib/common";
import { BUILT_IN_CITY_ID } from "../lib/cities/find-city";

applyBenchSecrets();

export const WHAT_IF_SCENARIOS = ["open", "open+2025", "stored-open+2025"] as const;
type Scenario = (typeof WHAT_IF_SCENARIOS)[number];

export interface WhatIfBenchResult {
  scenario: Scenario;
  claims: number;
  changedRows: number;
  ms: number;
  /** CPU time of this process during the run (the rest of `ms` is the database and waiting for a core). */
  nodeCpuMs: number;
  /** Peak resident set of the process, MB (includes Node, Prisma and the pg pool: about `baselineRssMB` before the run). */
  maxRssMB: number;
  baselineRssMB: number;
  differenceFen: number;
}

const mb = (kb: number) => Math.round(kb / 1024);
/** BENCH_WHAT_IF_BATCH: claims per batch (default: the runner's). */
const batchSize = process.env.BENCH_WHAT_IF_BATCH ? Number(process.env.BENCH_WHAT_IF_BATCH) : undefined;

async function runOne(scenario: Scenario): Promise<WhatIfBenchResult> {
  const { createPrismaClient } = await import("../lib/db/client");
  const { policyForClaimYear } = await import("../lib/policy/load-policy-versions");
  const { runWhatIf } = await import("../lib/policy/what-if/run-what-if");
  const { startWhatIfRun, whatIfRunSettled } = await import("../lib/policy/what-if/start-what-if-run");
  const { getWhatIfRun } = await import("../lib/policy/what-if/get-what-if-run");
  const handle = createPrismaClient(BENCH_DATABASE_URL);
  const prisma = handle.prisma;
  try {
    const current = await policyForClaimYear(prisma, BUILT_IN_CITY_ID, 2025);
    const policy = { ...current, id: "bench-draft", offshoreFenPerUsd: 25, traineeFenNanchang: current.traineeFenNanchang + 500_00 };
    const claimYear = scenario === "open" ? null : 2025;
    await prisma.$queryRaw`SELECT 1`;
    const baselineRssMB = mb(process.resourceUsage().maxRSS);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let claims = 0;
    let changedRows = 0;
    let differenceFen = 0;
    if (scenario === "stored-open+2025") {
      const admin = await prisma.user.findFirstOrThrow({ where: { role: "ADMINISTRATOR" }, select: { id: true } });
      const runId = await startWhatIfRun(prisma, { policy, cityId: BUILT_IN_CITY_ID, policyVersionId: current.id, policyRevision: 0, claimYear, startedById: admin.id }, { batchSize });
      await whatIfRunSettled(runId);
      const run = await getWhatIfRun(prisma, BUILT_IN_CITY_ID, runId);
      if (run?.status !== "DONE") throw new Error(`what-if run ${runId} ended ${run?.status}: ${run?.error}`);
      claims = run.total;
      differenceFen = run.summary!.differenceFen;
      changedRows = await prisma.whatIfRunRow.count({ where: { runId } });
    } else {
      let rows = 0;
      const result = await runWhatIf(prisma, { policy, cityId: BUILT_IN_CITY_ID, claimYear, batchSize, onProgress: (done) => void (claims = done), onRows: (changed) => void (rows += changed.length) });
      changedRows = rows;
      differenceFen = result.summary.differenceFen;
    }
    const ms = Math.round(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    const nodeCpuMs = Math.round((cpu.user + cpu.system) / 1000);
    return { scenario, claims, changedRows, ms, nodeCpuMs, maxRssMB: mb(process.resourceUsage().maxRSS), baselineRssMB, differenceFen };
  } finally {
    await handle.close();
  }
}

/**
 * Every scenario, each in its own process (called by bench/run.ts and by `npm run bench:what-if`),
 * bundled and run by plain node (bundleBenchScript says why).
 */
export function benchWhatIf(log: (line: string) => void = console.log): WhatIfBenchResult[] {
  const bundle = bundleBenchScript("bench/what-if.bench.ts");
  const out: WhatIfBenchResult[] = [];
  for (const scenario of WHAT_IF_SCENARIOS) {
    const r = spawnSync(process.execPath, [bundle, scenario], { env: process.env, encoding: "utf8" });
    const line = r.stdout.trim().split("\n").at(-1) ?? "";
    if (r.status !== 0 || !line.startsWith("{")) throw new Error(`what-if bench ${scenario} failed (${r.status}): ${r.stderr.slice(-2000)}`);
    const result = JSON.parse(line) as WhatIfBenchResult;
    log(`  what-if ${scenario}: ${JSON.stringify(result)}`);
    out.push(result);
  }
  return out;
}

export function whatIfTable(results: readonly WhatIfBenchResult[]): string {
  const lines = ["| What-if (PostgreSQL, in-process) | claims | changed rows | time s | node CPU s | peak RSS MB (before the run) |", "|---|---|---|---|---|---|"];
  for (const r of results) lines.push(`| ${r.scenario} | ${r.claims.toLocaleString("en-US")} | ${r.changedRows.toLocaleString("en-US")} | ${(r.ms / 1000).toFixed(2)} | ${(r.nodeCpuMs / 1000).toFixed(2)} | ${r.maxRssMB} (${r.baselineRssMB}) |`);
  return lines.join("\n");
}

const isMain = /what-if\.bench\.(ts|mjs)$/.test(process.argv[1] ?? "");
if (isMain) {
  const scenario = process.argv[2] as Scenario | undefined;
  if (scenario) {
    if (!WHAT_IF_SCENARIOS.includes(scenario)) {
      console.error(`unknown scenario ${scenario}; one of ${WHAT_IF_SCENARIOS.join(", ")}`);
      process.exit(2);
    }
    runOne(scenario).then(
      (r) => console.log(JSON.stringify(r)),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else {
    console.log(whatIfTable(benchWhatIf()));
  }
}
