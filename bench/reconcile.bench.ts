// Reconciling every open offshore claim of the bench city against the official data (issue 18):
// the statistics records and bank receipts bench/seed.ts writes for the seeded lines (a few per
// cent deliberately off). Runs lib/verification/refresh-offshore-reconciliations.ts, what an import
// runs for the enterprises it touched, over all of them at once, in-process against
// BENCH_DATABASE_URL (no HTTP), in a process of its own (bundled, plain node) so its peak RSS is
// its own. Prints one JSON line; bench/run.ts puts it in its table. Target (issue 18): under 10 s.
//
//   npm run bench:reconcile

import { spawnSync } from "node:child_process";
import { applyBenchSecrets, BENCH_DATABASE_URL, bundleBenchScript } from "./lib/common";
import { BUILT_IN_CITY_ID } from "../lib/cities/find-city";

applyBenchSecrets();

export interface ReconcileBenchResult {
  /** Open claims (submitted, not decided) reconciled. */
  claims: number;
  lines: number;
  /** Claims whose stored result has a line needing attention (the queue filter's count). */
  claimsWithIssues: number;
  ms: number;
  nodeCpuMs: number;
  maxRssMB: number;
  baselineRssMB: number;
}

const mb = (kb: number) => Math.round(kb / 1024);

async function runOnce(): Promise<ReconcileBenchResult> {
  const { createPrismaClient } = await import("../lib/db/client");
  const { OPEN_STATUSES } = await import("../lib/claim-lifecycle");
  const { refreshOffshoreReconciliations } = await import("../lib/verification/refresh-offshore-reconciliations");
  const handle = createPrismaClient(BENCH_DATABASE_URL);
  const prisma = handle.prisma;
  try {
    const open = await prisma.offshoreClaim.findMany({ where: { cityId: BUILT_IN_CITY_ID, status: { in: [...OPEN_STATUSES] } }, select: { id: true, _count: { select: { lines: true } } } });
    if (open.length === 0) throw new Error("no open offshore claims: run npm run bench:seed first");
    const baselineRssMB = mb(process.resourceUsage().maxRSS);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const claims = await refreshOffshoreReconciliations(prisma, BUILT_IN_CITY_ID, { claimIds: open.map((c) => c.id) });
    const ms = Math.round(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    const claimsWithIssues = await prisma.offshoreClaimReconciliation.count({ where: { cityId: BUILT_IN_CITY_ID, claimId: { in: open.map((c) => c.id) }, linesWithIssues: { gt: 0 } } });
    return {
      claims,
      lines: open.reduce((sum, c) => sum + c._count.lines, 0),
      claimsWithIssues,
      ms,
      nodeCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      maxRssMB: mb(process.resourceUsage().maxRSS),
      baselineRssMB,
    };
  } finally {
    await handle.close();
  }
}

/** Bundles the script and runs it in a child process of plain node (called by bench/run.ts and `npm run bench:reconcile`). */
export function benchReconcile(log: (line: string) => void = console.log): ReconcileBenchResult {
  const r = spawnSync(process.execPath, [bundleBenchScript("bench/reconcile.bench.ts"), "--child"], { env: process.env, encoding: "utf8" });
  const line = r.stdout.trim().split("\n").at(-1) ?? "";
  if (r.status !== 0 || !line.startsWith("{")) throw new Error(`reconcile bench failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const result = JSON.parse(line) as ReconcileBenchResult;
  log(`  reconcile every open claim: ${JSON.stringify(result)}`);
  return result;
}

export function reconcileTable(r: ReconcileBenchResult): string {
  return [
    "| Reconciling every open offshore claim (PostgreSQL, in-process) | claims | lines | with issues | time s (target < 10) | node CPU s | peak RSS MB (before the run) |",
    "|---|---|---|---|---|---|---|",
    `| refreshOffshoreReconciliations | ${r.claims.toLocaleString("en-US")} | ${r.lines.toLocaleString("en-US")} | ${r.claimsWithIssues.toLocaleString("en-US")} | ${(r.ms / 1000).toFixed(2)} | ${(r.nodeCpuMs / 1000).toFixed(2)} | ${r.maxRssMB} (${r.baselineRssMB}) |`,
  ].join("\n");
}

const isMain = /reconcile\.bench\.(ts|mjs)$/.test(process.argv[1] ?? "");
if (isMain) {
  if (process.argv[2] === "--child") {
    runOnce().then(
      (r) => console.log(JSON.stringify(r)),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else {
    console.log(reconcileTable(benchReconcile()));
  }
}
