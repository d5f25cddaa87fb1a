// The portal against the machine's floor, side by side in one run (see bench/README.md).
//
//   npm run bench:seed                                  once (PostgreSQL, 100,000 claims)
//   npm run bench:seed -- --pglite .data/portal_bench_pglite   once (PGlite, 10,000 claims)
//   npm run bench                                       builds if needed, measures, prints a table,
//                                                       writes bench/results.json
//
// Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/portal_bench),
// BENCH_PGLITE_DIR (default .data/portal_bench_pglite; skipped when absent), BENCH_PORT (3800;
// PGlite uses +1), NEXT_DIST_DIR (.next-h8), BENCH_QUICK=1 for fewer samples, BENCH_SKIP=lighthouse,pglite,build
// (build: use the existing NEXT_DIST_DIR build without checking that it is up to date),
// BENCH_ONLY=what-if (only the policy what-if over the PostgreSQL city, no build or server),
// BENCH_ONLY=queue (build if needed, then only the PostgreSQL queue and its EXPLAIN; writes
// bench/results.json with the queue's measures only).
//
// bench/results.json: { machine, ranAt, only, cities, measures, detail }; `measures` is the
// contract (bench/lib/measures.ts: one { name, value, unit, floor, target, met } per measure),
// `detail` everything else the run recorded (samples' percentiles, plans, the table).
import { BUILT_IN_CITY_ID } from "@/lib/cities/find-city";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyBenchSecrets, BENCH_DATABASE_URL, BENCH_PGLITE_DIR, BENCH_SECRETS, BENCH_SEED, round, stats } from "./lib/common";
import { sample, signIn, startServer, timedGet, type Server } from "./lib/http";
import { captureQueueSql, filterOf, handQueueSql, type Scenario } from "./lib/queue-sql";
import { benchDomainSubmit, benchRawInserts, prepareDrafts } from "./lib/submission";
import { firstLoadJs, lighthouseScores } from "./lib/frontend";
import { queryableOf } from "./lib/bulk";
import { benchWhatIf, whatIfTable, type WhatIfBenchResult } from "./what-if.bench";
import { benchReconcile, reconcileTable, type ReconcileBenchResult } from "./reconcile.bench";
import { exportTable, measureExports, type ExportBenchResult } from "./export.bench";
import { benchMeasures, type BenchResults } from "./lib/measures";

applyBenchSecrets();
process.env.NEXT_DIST_DIR ||= ".next-h8";
const DIST = process.env.NEXT_DIST_DIR;
const PORT = Number(process.env.BENCH_PORT ?? 3800);
const QUICK = process.env.BENCH_QUICK === "1";
const SKIP = new Set((process.env.BENCH_SKIP ?? "").split(",").filter(Boolean));
const N_QUEUE = QUICK ? 10 : 20;
const N_PAGE = QUICK ? 10 : 30;
const N_SUBMIT = QUICK ? 200 : 1000;
const PASSWORD = "Nanchang-Demo-2026"; // prisma/seed/factories.ts DEMO_PASSWORD
const REVIEWER = "reviewer@demo.nc.gov.cn";
const ADMIN = "admin@demo.nc.gov.cn";
const ENTERPRISE = "e1@bench.example";

const t0 = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const results: Record<string, unknown> = {};

const SCENARIOS: Scenario[] = [
  { name: "first page", query: "", page: 1 },
  { name: "filtered page", query: "status=SUBMITTED&year=2025&district=HONGGUTAN", status: "SUBMITTED", year: 2025, district: "HONGGUTAN", page: 1 },
  { name: "deep page (600)", query: "page=600", page: 600 },
];

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model;
  return { nproc: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), cpu, node: process.version, platform: `${os.type()} ${os.release()}` };
}

function build() {
  if (SKIP.has("build")) {
    log(`build skipped (BENCH_SKIP=build): using ${DIST} as it is`);
    return;
  }
  log(`build (${DIST}) if the sources changed …`);
  const r = spawnSync("npx", ["tsx", "scripts/build.ts"], { stdio: ["ignore", "pipe", "inherit"], env: process.env });
  if (r.status !== 0) throw new Error(`build failed (${r.status})`);
}

async function withPg<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

type Query = (text: string, values?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** The queue three ways: the page over HTTP, listReviewQueue in this process (Prisma), the hand-written SQL. */
async function measureQueue(server: Server, cookie: string, reviewerId: string, query: Query, listInProcess: ((s: Scenario) => Promise<{ rows: Array<{ id: string }> }>) | null, n: number) {
  const out: Record<string, unknown> = {};
  for (const s of SCENARIOS) {
    const page = await sample(() => timedGet(`${server.url}/review${s.query ? `?${s.query}` : ""}`, cookie), n);
    const hand = handQueueSql(s, reviewerId);
    const handRun = async () => {
      const rows = await query(hand.rows.text, hand.rows.values);
      await query(hand.counts.text, hand.counts.values);
      return rows;
    };
    const handMs = await sample(handRun, n);
    const entry: Record<string, unknown> = { page: stats(page), hand: stats(handMs) };
    if (listInProcess) {
      const libMs = await sample(() => listInProcess(s), n);
      entry.lib = stats(libMs);
      const [a, b] = [await listInProcess(s), await handRun()];
      entry.sameRowsAsHand = a.rows.length === b.length && a.rows.every((r, i) => r.id === b[i]!.id);
    }
    entry.ratioP95 = round((entry.page as { p95: number }).p95 / (entry.hand as { p95: number }).p95, 2);
    out[s.name] = entry;
    log(`  queue ${s.name}: page p50/p95 ${stats(page).p50}/${stats(page).p95} ms, hand ${stats(handMs).p50}/${stats(handMs).p95} ms${entry.lib ? `, lib ${JSON.stringify(entry.lib)}` : ""} → ${entry.ratioP95}x`);
  }
  return out;
}

async function explainQueue(url: string, reviewerId: string, fourEyes: number) {
  const out: Record<string, unknown> = {};
  await withPg(url, async (c) => {
    for (const s of SCENARIOS) {
      const statements = await captureQueueSql(reviewerId, filterOf(s), fourEyes);
      const hand = handQueueSql(s, reviewerId);
      const plans: Record<string, string> = {};
      for (const [label, q] of [["app rows", statements[0]!], ["app counts", statements[1]!], ["hand rows", hand.rows], ["hand counts", hand.counts]] as const) {
        const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values as unknown[]);
        plans[label] = r.rows.map((row) => row["QUERY PLAN"]).join("\n");
      }
      out[s.name] = plans;
    }
  });
  return out;
}

async function measurePages(server: Server, cookies: { reviewer: string; admin: string }, ids: { offshore: string; training: string }, n: number) {
  const pages = [
    ["claim review page (offshore)", `/review/claims/offshore/${ids.offshore}`, cookies.reviewer],
    ["claim review page (training)", `/review/claims/training/${ids.training}`, cookies.reviewer],
    ["reviewer dashboard (2025)", "/review/dashboard?year=2025", cookies.reviewer],
    ["admin dashboard (2025)", "/admin/dashboard?year=2025", cookies.admin],
  ] as const;
  const out: Record<string, unknown> = {};
  for (const [name, p, cookie] of pages) {
    try {
      out[name] = { path: p, ...stats(await sample(() => timedGet(server.url + p, cookie), n, 2)) };
    } catch (error) {
      out[name] = { path: p, error: String((error as Error).message) };
    }
    log(`  ${name}: ${JSON.stringify(out[name])}`);
  }
  return out;
}

async function measureFrontend(server: Server, cookies: { reviewer: string; enterprise: string }) {
  const pages = [
    ["login", "/login", undefined, true],
    ["enterprise home", "/enterprise", cookies.enterprise, true],
    ["claim list", "/enterprise/claims", cookies.enterprise, true],
    ["claim form (new)", "/enterprise/claims/new", cookies.enterprise, true],
    ["review queue", "/review", cookies.reviewer, false],
  ] as const;
  const js: Record<string, unknown> = {};
  for (const [name, p, cookie, applicant] of pages) {
    try {
      const { body } = await timedGet(server.url + p, cookie);
      js[name] = { path: p, applicantPage: applicant, ...firstLoadJs(body, DIST) };
    } catch (error) {
      js[name] = { path: p, error: String((error as Error).message) };
    }
    log(`  first-load JS ${name}: ${JSON.stringify(js[name])}`);
  }
  let lighthouse: unknown = "skipped";
  if (!SKIP.has("lighthouse")) {
    lighthouse = await lighthouseScores(
      [
        { name: "login", url: `${server.url}/login` },
        { name: "claim form (new)", url: `${server.url}/enterprise/claims/new`, cookie: cookies.enterprise },
        { name: "review queue", url: `${server.url}/review`, cookie: cookies.reviewer },
      ],
      log,
    );
  }
  return { firstLoadJs: js, lighthouse };
}

function eligibility() {
  const total = QUICK ? "100000" : "500000";
  log(`eligibility evaluations per second (bench/eligibility.bench.ts, BENCH_N=${total}) …`);
  const r = spawnSync("npx", ["tsx", "bench/eligibility.bench.ts"], { env: { ...process.env, BENCH_N: total }, encoding: "utf8" });
  const a = /rule A offshore incentive:\s*([\d,]+)/.exec(r.stdout)?.[1];
  const b = /rule B training subsidy:\s*([\d,]+)/.exec(r.stdout)?.[1];
  const num = (s?: string) => (s ? Number(s.replaceAll(",", "")) : null);
  return { ruleA_perSecond: num(a), ruleB_perSecond: num(b) };
}

async function submissions(url: string, label: string, count: number) {
  let n = count;
  const { createPrismaClient } = await import("../lib/db/client");
  const prevPool = process.env.DATABASE_POOL_MAX;
  process.env.DATABASE_POOL_MAX = "20";
  const handle = createPrismaClient(url);
  process.env.DATABASE_POOL_MAX = prevPool;
  try {
    const db = queryableOf(handle.raw);
    const SERIAL = Math.min(100, Math.floor(n / 5));
    const { year, drafts } = await prepareDrafts(db, 2 * n + SERIAL, BENCH_SEED);
    n = Math.floor((drafts.length - SERIAL) / 2);
    log(`  ${label}: ${drafts.length} DRAFT claims prepared for claim year ${year} (distinct enterprises)`);
    const domain = await benchDomainSubmit(handle.prisma, drafts.slice(0, n));
    log(`  ${label} domain submitOffshoreClaim x20: ${JSON.stringify(domain)}`);
    const raw = await benchRawInserts(handle.prisma, drafts.slice(n, 2 * n));
    log(`  ${label} raw Prisma inserts x20:      ${JSON.stringify(raw)}`);
    // One worker: the latency of a submission with no one to wait for (diagnosis of the 20-user figure).
    const serial = await benchDomainSubmit(handle.prisma, drafts.slice(2 * n, 2 * n + SERIAL), 1);
    log(`  ${label} domain submitOffshoreClaim x1:  ${JSON.stringify(serial)}`);
    return { claimYear: year, concurrency: 20, domain, rawInserts: raw, throughputRatio: round(domain.perSecond / raw.perSecond, 2), domainOneWorker: serial };
  } finally {
    await handle.close();
  }
}

/** The measured city's (Nanchang's) claims and threshold: with several cities seeded, another city's claim would be a 404 for its reviewer. */
async function sampleIds(query: Query) {
  const city = BUILT_IN_CITY_ID;
  const [o] = await query(`SELECT "id" FROM "OffshoreClaim" WHERE "cityId" = $1 AND "status" = 'AWAITING_SECOND_APPROVAL' ORDER BY "id" LIMIT 1`, [city]);
  const [t] = await query(`SELECT l."claimId" AS id FROM "TrainingClaimLine" l JOIN "TrainingClaim" c ON c."id" = l."claimId" WHERE c."cityId" = $1 AND c."status" = 'UNDER_REVIEW' GROUP BY l."claimId" ORDER BY count(*) DESC, l."claimId" LIMIT 1`, [city]);
  const [r] = await query(`SELECT "id" FROM "User" WHERE "email" = $1`, [REVIEWER]);
  const [f] = await query(`SELECT "fourEyesThresholdFen" AS fen FROM "PolicyVersion" WHERE "cityId" = $1 AND "status" = 'PUBLISHED' ORDER BY "effectiveFrom" DESC LIMIT 1`, [city]);
  return { offshore: String(o!.id), training: String(t!.id), reviewerId: String(r!.id), fourEyes: Number(f!.fen) };
}

/** Claims per city in the bench database (the seed's BENCH_CITIES), the measured city first. */
async function citiesOf(query: Query) {
  const rows = await query(
    `SELECT c."id", (SELECT count(*) FROM "OffshoreClaim" o WHERE o."cityId" = c."id")::int AS "offshoreClaims", (SELECT count(*) FROM "TrainingClaim" t WHERE t."cityId" = c."id")::int AS "trainingClaims"
       FROM "City" c ORDER BY c."id" <> $1, c."createdAt", c."id"`,
    [BUILT_IN_CITY_ID],
  );
  return rows.map((r) => ({ id: String(r.id), claims: Number(r.offshoreClaims) + Number(r.trainingClaims) }));
}

async function postgresPart(only: "queue" | null) {
  const pool = new pg.Pool({ connectionString: BENCH_DATABASE_URL, max: 2 });
  const query: Query = async (text, values) => (await pool.query(text, values as unknown[])).rows;
  const [{ n }] = (await query(`SELECT count(*)::int AS n FROM "OffshoreClaim"`).catch(() => {
    throw new Error(`${BENCH_DATABASE_URL} is not seeded: run npm run bench:seed first`);
  })) as [{ n: number }];
  const [{ m }] = (await query(`SELECT count(*)::int AS m FROM "TrainingClaim"`)) as [{ m: number }];
  const [{ v }] = (await query(`SELECT version() AS v`)) as [{ v: string }];
  results.postgresVersion = v;
  results.cities = await citiesOf(query);
  log(`PostgreSQL bench database: ${n + m} claims (${n} offshore, ${m} training) in ${(results.cities as unknown[]).length} cities: ${JSON.stringify(results.cities)}`);
  const ids = await sampleIds(query);

  const server = await startServer(PORT, { ...BENCH_SECRETS, ...pickSecrets(), DATABASE_URL: BENCH_DATABASE_URL, NEXT_DIST_DIR: DIST }, log);
  const out: Record<string, unknown> = { claims: n + m };
  const { createPrismaClient } = await import("../lib/db/client");
  const { listReviewQueue } = await import("../lib/review/list-review-queue");
  const handle = createPrismaClient(BENCH_DATABASE_URL);
  try {
    const cookies = { reviewer: await signIn(server.url, REVIEWER, PASSWORD), admin: await signIn(server.url, ADMIN, PASSWORD), enterprise: await signIn(server.url, ENTERPRISE, PASSWORD) };
    log("signed in over HTTP as reviewer, administrator and an enterprise member");
    out.queue = await measureQueue(server, cookies.reviewer, ids.reviewerId, query, (s) => listReviewQueue(handle.prisma, { id: ids.reviewerId, cityId: BUILT_IN_CITY_ID }, filterOf(s), ids.fourEyes), N_QUEUE);
    if (only !== "queue") {
      out.pages = await measurePages(server, cookies, ids, N_PAGE);
      results.frontend = await measureFrontend(server, cookies);
      log("exporting the whole queue as CSV and .xlsx (bench/export.bench.ts) …");
      out.exports = await measureExports(server, cookies.reviewer, log);
    }
  } finally {
    await handle.close();
    await server.stop();
    log("server stopped");
  }
  out.explain = await explainQueue(BENCH_DATABASE_URL, ids.reviewerId, ids.fourEyes);
  if (only === "queue") {
    await pool.end();
    return out;
  }
  out.submission = await submissions(BENCH_DATABASE_URL, "PostgreSQL", N_SUBMIT);
  await pool.end();
  return out;
}

async function pglitePart() {
  const dir = path.resolve(BENCH_PGLITE_DIR);
  if (!fs.existsSync(dir)) {
    log(`PGlite: ${dir} does not exist (npm run bench:seed -- --pglite ${BENCH_PGLITE_DIR}); skipped`);
    return { skipped: true };
  }
  const out: Record<string, unknown> = {};
  const { createPrismaClient } = await import("../lib/db/client");
  const { listReviewQueue } = await import("../lib/review/list-review-queue");
  // The data directory opens in one process at a time: ids first, then the server, then the in-process parts.
  let handle = createPrismaClient(dir);
  let query: Query = (text, values) => handle.raw.withSession((s) => s.query(text, values));
  const ids = await sampleIds(query);
  const [{ n }] = (await query(`SELECT (SELECT count(*) FROM "OffshoreClaim") + (SELECT count(*) FROM "TrainingClaim") AS n`)) as [{ n: number }];
  out.claims = Number(n);
  await handle.close();

  const server = await startServer(PORT + 1, { ...BENCH_SECRETS, ...pickSecrets(), DATABASE_URL: dir, NEXT_DIST_DIR: DIST }, log);
  const page: Record<string, unknown> = {};
  try {
    const cookie = await signIn(server.url, REVIEWER, PASSWORD);
    for (const s of SCENARIOS) {
      page[s.name] = stats(await sample(() => timedGet(`${server.url}/review${s.query ? `?${s.query}` : ""}`, cookie), N_QUEUE));
      log(`  PGlite queue ${s.name}: page ${JSON.stringify(page[s.name])}`);
    }
  } finally {
    await server.stop();
  }
  handle = createPrismaClient(dir);
  query = (text, values) => handle.raw.withSession((s) => s.query(text, values));
  const queue: Record<string, unknown> = {};
  try {
    for (const s of SCENARIOS) {
      const hand = handQueueSql(s, ids.reviewerId);
      const handMs = stats(await sample(async () => {
        await query(hand.rows.text, hand.rows.values);
        await query(hand.counts.text, hand.counts.values);
      }, N_QUEUE));
      const lib = stats(await sample(() => listReviewQueue(handle.prisma, { id: ids.reviewerId, cityId: BUILT_IN_CITY_ID }, filterOf(s), ids.fourEyes), N_QUEUE));
      const p = page[s.name] as { p95: number };
      queue[s.name] = { page: p, lib, hand: handMs, ratioP95: round(p.p95 / handMs.p95, 2) };
      log(`  PGlite queue ${s.name}: hand ${JSON.stringify(handMs)}, lib ${JSON.stringify(lib)}`);
    }
  } finally {
    await handle.close();
  }
  out.queue = queue;
  out.submission = await submissions(dir, "PGlite", QUICK ? 100 : 300);
  return out;
}

/** Secrets from the environment win over the bench defaults (so a seed made with real ones still decrypts). */
function pickSecrets(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(BENCH_SECRETS)) if (process.env[k]) out[k] = process.env[k]!;
  return out;
}

function table() {
  const pgq = (results.postgres as { queue: Record<string, { page: { p50: number; p95: number }; lib?: { p95: number }; hand: { p50: number; p95: number }; ratioP95: number }> }).queue;
  const plq = (results.pglite as { queue?: Record<string, { page: { p50: number; p95: number }; hand: { p95: number }; ratioP95: number }> } | undefined)?.queue;
  const lines: string[] = [];
  lines.push("| Queue (server response, ms) | PG page p50 / p95 | PG lib p95 | PG hand SQL p50 / p95 | PG ratio (p95) | PGlite page p50 / p95 | PGlite hand p95 | PGlite ratio |");
  lines.push("|---|---|---|---|---|---|---|---|");
  for (const s of SCENARIOS) {
    const a = pgq[s.name]!;
    const b = plq?.[s.name];
    lines.push(`| ${s.name} | ${a.page.p50} / ${a.page.p95} | ${a.lib?.p95 ?? "–"} | ${a.hand.p50} / ${a.hand.p95} | ${a.ratioP95}x | ${b ? `${b.page.p50} / ${b.page.p95}` : "–"} | ${b?.hand.p95 ?? "–"} | ${b ? `${b.ratioP95}x` : "–"} |`);
  }
  const sub = (x: unknown) => x as { domain: { perSecond: number; p50: number; p95: number; errors: number }; rawInserts: { perSecond: number; p95: number }; throughputRatio: number } | undefined;
  const ps = sub((results.postgres as Record<string, unknown>).submission);
  const ls = sub((results.pglite as Record<string, unknown> | undefined)?.submission);
  // A partial run (BENCH_ONLY=queue) has the queue only: the other tables are left out.
  if (!ps && !ls) return lines.join("\n");
  lines.push("");
  lines.push("| Submission, 20 concurrent | domain /s | domain p50 / p95 ms | raw Prisma /s | raw p95 ms | ratio |");
  lines.push("|---|---|---|---|---|---|");
  for (const [name, s] of [["PostgreSQL", ps], ["PGlite", ls]] as const) {
    if (s) lines.push(`| ${name} | ${s.domain.perSecond} | ${s.domain.p50} / ${s.domain.p95} | ${s.rawInserts.perSecond} | ${s.rawInserts.p95} | ${s.throughputRatio} |`);
  }
  lines.push("");
  lines.push("| Page (PostgreSQL) | p50 ms | p95 ms |");
  lines.push("|---|---|---|");
  for (const [name, v] of Object.entries((results.postgres as { pages: Record<string, { p50?: number; p95?: number; error?: string }> }).pages)) lines.push(`| ${name} | ${v.p50 ?? v.error} | ${v.p95 ?? ""} |`);
  const fe = results.frontend as { firstLoadJs: Record<string, { gzipKB?: number; chunks?: number; error?: string }>; lighthouse: Record<string, { mobile: { score: number }; desktop: { score: number } }> | string };
  lines.push("");
  lines.push("| Page | first-load JS gzip KB (chunks) | Lighthouse mobile | Lighthouse desktop |");
  lines.push("|---|---|---|---|");
  for (const [name, v] of Object.entries(fe.firstLoadJs)) {
    const lh = typeof fe.lighthouse === "object" ? fe.lighthouse[name] : undefined;
    lines.push(`| ${name} | ${v.gzipKB ?? v.error} (${v.chunks ?? "–"}) | ${lh?.mobile.score ?? "–"} | ${lh?.desktop.score ?? "–"} |`);
  }
  if (results.whatIf) lines.push("", whatIfTable(results.whatIf as WhatIfBenchResult[]));
  if (results.reconcile) lines.push("", reconcileTable(results.reconcile as ReconcileBenchResult));
  const exports = (results.postgres as { exports?: ExportBenchResult[] }).exports;
  if (exports) lines.push("", exportTable(exports));
  const e = results.eligibility as { ruleA_perSecond: number; ruleB_perSecond: number };
  lines.push("");
  lines.push(`Eligibility evaluations per second: rule A ${e.ruleA_perSecond?.toLocaleString("en-US")}, rule B ${e.ruleB_perSecond?.toLocaleString("en-US")}`);
  return lines.join("\n");
}

/**
 * bench/results.json: the measures list is the contract (bench/lib/measures.ts), the rest is the
 * run's context (machine, when, which parts, the cities in the database) and its raw detail.
 */
function resultsFile() {
  const { machine: m, startedAt, cities, ...detail } = results;
  return { machine: m, ranAt: startedAt, only: process.env.BENCH_ONLY || "all", cities: cities ?? null, measures: benchMeasures(results as BenchResults), detail };
}

async function main() {
  results.machine = machine();
  results.startedAt = new Date().toISOString();
  const only = process.env.BENCH_ONLY ?? "";
  if (only && only !== "what-if" && only !== "queue") throw new Error(`BENCH_ONLY=${only}: known parts are what-if and queue`);
  if (only === "what-if") {
    log(`policy what-if over ${BENCH_DATABASE_URL} (BENCH_ONLY=what-if; bench/results.json is left as it is) …`);
    console.log("\n" + whatIfTable(benchWhatIf(log)));
    return;
  }
  results.distDir = DIST;
  build();
  results.postgres = await postgresPart(only === "queue" ? "queue" : null);
  if (only !== "queue") {
    log("policy what-if over the PostgreSQL city (bench/what-if.bench.ts) …");
    results.whatIf = benchWhatIf(log);
    log("reconciling every open offshore claim of the PostgreSQL city (bench/reconcile.bench.ts) …");
    results.reconcile = benchReconcile(log);
    results.eligibility = eligibility();
    log(`eligibility: ${JSON.stringify(results.eligibility)}`);
    results.pglite = SKIP.has("pglite") ? { skipped: true } : await pglitePart();
  }
  results.totalSeconds = Math.round((performance.now() - t0) / 1000);
  const md = table();
  results.table = md;
  fs.writeFileSync(path.join("bench", "results.json"), JSON.stringify(resultsFile(), (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2) + "\n");
  console.log("\n" + md + `\n\nTotal: ${results.totalSeconds} s; written bench/results.json`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
