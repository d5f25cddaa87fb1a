// Exporting the whole review queue of the bench city (issue 23: "exporting 100,000 queue rows to CSV
// and .xlsx, streamed: peak memory growth under 100 MB, time to first byte under 1 s"), over HTTP
// as a reviewer downloads it (app/api/review/queue-export), from the production server on the bench
// database. The server's memory is read from /proc: its peak resident set (VmHWM) is reset before
// each export (writing 5 to /proc/<pid>/clear_refs, Linux), so the growth is that export's own.
//
//   npm run bench:export        starts the server on BENCH_DATABASE_URL with the NEXT_DIST_DIR build (.next-h8)
// bench/run.ts calls measureExports with its own server.

import fs from "node:fs";
import { applyBenchSecrets, BENCH_DATABASE_URL } from "./lib/common";
import { signIn, startServer, type Server } from "./lib/http";

export interface ExportBenchResult {
  format: "csv" | "xlsx";
  rows: number;
  bytes: number;
  firstByteMs: number;
  totalMs: number;
  /** The server's resident set before the request, and its peak during it (MB). */
  serverRssBeforeMB: number;
  serverPeakMB: number;
  growthMB: number;
}

const kbOf = (status: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);

/** The next-server process of the bench server: the largest process in the server's process group. */
function serverPid(server: Server): number {
  const group = server.process.pid!;
  let best = { pid: group, rss: -1 };
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command's closing parenthesis: state, ppid, pgrp, …
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== group) continue;
      const rss = kbOf(fs.readFileSync(`/proc/${entry}/status`, "utf8"), "VmRSS");
      if (rss > best.rss) best = { pid: Number(entry), rss };
    } catch {
      // the process ended meanwhile
    }
  }
  return best.pid;
}

async function exportOnce(server: Server, cookie: string, format: "csv" | "xlsx"): Promise<ExportBenchResult> {
  const pid = serverPid(server);
  fs.writeFileSync(`/proc/${pid}/clear_refs`, "5"); // resets VmHWM to the current resident set
  const before = kbOf(fs.readFileSync(`/proc/${pid}/status`, "utf8"), "VmRSS");
  const started = performance.now();
  const response = await fetch(`${server.url}/api/review/queue-export?format=${format}`, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`queue export (${format}) answered ${response.status}`);
  let firstByteMs = -1;
  let bytes = 0;
  let newlines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (firstByteMs < 0) firstByteMs = Math.round(performance.now() - started);
    bytes += chunk.length;
    if (format === "csv") for (const b of chunk) if (b === 10) newlines++;
  }
  const totalMs = Math.round(performance.now() - started);
  const peak = kbOf(fs.readFileSync(`/proc/${pid}/status`, "utf8"), "VmHWM");
  return {
    format,
    // CSV: one line per row after the header. The .xlsx is zipped: its rows are the CSV's (same query).
    rows: format === "csv" ? newlines - 1 : -1,
    bytes,
    firstByteMs,
    totalMs,
    serverRssBeforeMB: Math.round(before / 1024),
    serverPeakMB: Math.round(peak / 1024),
    growthMB: Math.round((peak - before) / 1024),
  };
}

/** Both formats, one after the other, as the reviewer (bench/run.ts passes its server and cookie). */
export async function measureExports(server: Server, reviewerCookie: string, log: (line: string) => void = console.log): Promise<ExportBenchResult[]> {
  const out: ExportBenchResult[] = [];
  for (const format of ["csv", "xlsx"] as const) {
    const result = await exportOnce(server, reviewerCookie, format);
    if (format === "xlsx") result.rows = out[0]?.rows ?? -1;
    log(`  queue export ${format}: ${JSON.stringify(result)}`);
    out.push(result);
  }
  return out;
}

export function exportTable(results: readonly ExportBenchResult[]): string {
  const lines = [
    "| Queue export over HTTP (PostgreSQL) | rows | MB | first byte ms (target < 1,000) | total s | server RSS before MB | peak growth MB (target < 100) |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const r of results) lines.push(`| ${r.format} | ${r.rows.toLocaleString("en-US")} | ${(r.bytes / 2 ** 20).toFixed(1)} | ${r.firstByteMs} | ${(r.totalMs / 1000).toFixed(1)} | ${r.serverRssBeforeMB} | ${r.growthMB} |`);
  return lines.join("\n");
}

const isMain = /export\.bench\.ts$/.test(process.argv[1] ?? "");
if (isMain) {
  applyBenchSecrets();
  const port = Number(process.env.BENCH_PORT ?? 3800);
  const dist = process.env.NEXT_DIST_DIR || ".next-h8";
  if (!fs.existsSync(dist)) {
    console.error(`${dist} does not exist: build it first (npm run bench builds it; or NEXT_DIST_DIR=${dist} npm run build)`);
    process.exit(2);
  }
  (async () => {
    const server = await startServer(port, { DATABASE_URL: BENCH_DATABASE_URL, NEXT_DIST_DIR: dist }, console.log);
    try {
      const cookie = await signIn(server.url, "reviewer@demo.nc.gov.cn", "Nanchang-Demo-2026");
      console.log(exportTable(await measureExports(server, cookie)));
    } finally {
      await server.stop();
    }
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
