// Importing the statistics system's export (issue 18): a .xlsx of 100,000 contract rows with the
// system's Chinese headers, read through lib/spreadsheets (exceljs streaming) and imported in one
// transaction by the reviewer's own operation, into a scratch database. The import runs in a child
// process of its own, so its peak RSS (process.resourceUsage().maxRSS) is the import's and not the
// file writer's. Prints one JSON line; targets (issue 18): peak memory under 300 MB, rows per second
// reported.
//
//   npm run bench:verification-import               100,000 rows, PostgreSQL (BENCH_SERVER_URL or the local server)
//   npm run bench:verification-import -- 20000      another row count
// The parent prepares the database (migrations, a reviewer); the child only connects, as a
// server process does, so its baseline is Node, Prisma and the pool (production runs PostgreSQL:
// the embedded PGlite would add the whole database to the process).

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { applyBenchSecrets, bundleBenchScript } from "./lib/common";

applyBenchSecrets();

const HEADERS = ["统一社会信用代码", "合同编号", "外方客户", "国别/地区", "服务类别", "合同金额", "执行金额", "执行起始日期", "执行截止日期", "币种"];
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Writes the file with exceljs's streaming writer: 2,000 enterprises, 50 contracts each per 100,000 rows. */
async function writeStatisticsXlsx(file: string, rows: number) {
  const { makeCreditCode } = await import("../lib/eligibility");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: true });
  const sheet = workbook.addWorksheet("合同执行");
  sheet.addRow(HEADERS).commit();
  const enterprises = Array.from({ length: Math.max(1, Math.ceil(rows / 50)) }, (_, i) => makeCreditCode(`91360106MB${String(i).padStart(6, "0")}X`.slice(0, 17)));
  for (let i = 0; i < rows; i++) {
    const code = enterprises[i % enterprises.length]!;
    const executed = 10_000 + ((i * 7919) % 490_000);
    sheet.addRow([code, `BX2025-${String(i).padStart(7, "0")}`, `Client ${i % 997} Ltd.`, "美国", "软件", `${executed + 5_000}.00`, `${executed}.00`, "2025-01-01", "2025-12-31", "美元"]).commit();
  }
  await workbook.commit();
}

interface ImportBenchResult {
  rows: number;
  fileMB: number;
  database: string;
  imported: number;
  rejected: number;
  ms: number;
  rowsPerSecond: number;
  maxRssMB: number;
  baselineRssMB: number;
  /** The import's own share of the peak: maxRssMB − baselineRssMB. */
  growthMB: number;
  /** Why rows were refused, by reason, as the preview would list them. */
  rejectedReasons: Record<string, number>;
}

function reasonsOf(report: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  const rows = (report as { rejected?: Array<{ errors?: Array<{ field: string; message: string }> }> } | null)?.rejected ?? [];
  for (const row of rows) for (const reason of row.errors?.map((e) => `${e.field}:${e.message}@${(row as { rowNo?: number }).rowNo}`) ?? ["?"]) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}

/**
 * The parent's half: a scratch database on the bench's server (BENCH_SERVER_URL, else the local
 * one), migrated, with a reviewer. Done here, not in the child, so the child's memory is the
 * import's and a running server's (Node, Prisma, the pool), not the migration engine's.
 */
async function prepareDatabase() {
  const { createTestDatabase } = await import("../tooling/db/test-database");
  const { ensureBuiltInPolicyVersions } = await import("../lib/policy/ensure-built-in-policy-versions");
  const { createStaff, staffActor } = await import("../prisma/seed/factories");
  const db = await createTestDatabase("postgres", { serverUrl: process.env.BENCH_SERVER_URL || process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres" });
  await ensureBuiltInPolicyVersions(db.prisma);
  const reviewer = staffActor(await createStaff(db.prisma, { email: "bench-import@bureau.test", name: "导入员", role: "REVIEWER" }));
  return { db, reviewer: { id: reviewer.id, role: reviewer.role, cityId: reviewer.cityId } };
}

type Reviewer = Awaited<ReturnType<typeof prepareDatabase>>["reviewer"];

/** The child: connects to the prepared database as the server would (DATABASE_URL), reads and imports the file once. */
async function importOnce(file: string, reviewer: Reviewer): Promise<ImportBenchResult> {
  const { getPrisma, closeDatabase } = await import("../lib/db");
  const { guessMapping } = await import("../lib/verification/import/import-fields");
  const { importVerificationFile } = await import("../lib/verification/import/import-verification-file");
  try {
    const prisma = getPrisma();
    await prisma.$queryRaw`SELECT 1`; // the pool's first connection, before the baseline
    const bytes = new Uint8Array(readFileSync(file));
    const baselineRssMB = mb(process.resourceUsage().maxRSS * 1024);
    const started = performance.now();
    const { batch } = await importVerificationFile(prisma, reviewer, { kind: "STATISTICS", fileName: path.basename(file), bytes, mapping: guessMapping("STATISTICS", HEADERS) });
    const ms = Math.round(performance.now() - started);
    const maxRssMB = mb(process.resourceUsage().maxRSS * 1024);
    return {
      rows: batch.rowCount,
      fileMB: Math.round((bytes.length / 1024 / 1024) * 10) / 10,
      database: "postgres",
      imported: batch.importedCount,
      rejected: batch.rejectedCount,
      ms,
      rowsPerSecond: Math.round((batch.importedCount / ms) * 1000),
      maxRssMB,
      baselineRssMB,
      growthMB: maxRssMB - baselineRssMB,
      rejectedReasons: reasonsOf(batch.report),
    };
  } finally {
    await closeDatabase();
  }
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2).filter((a) => a !== "--");
  if (mode === "--child") {
    console.log(JSON.stringify(await importOnce(rest[0]!, JSON.parse(rest[1]!) as Reviewer)));
    return;
  }
  const rows = mode ? Number(mode) : 100_000;
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  const file = path.join(dir, `statistics-${rows}.xlsx`);
  const { db, reviewer } = await prepareDatabase();
  try {
    process.stderr.write(`› writing ${rows.toLocaleString("en")} rows to ${file}…\n`);
    await writeStatisticsXlsx(file, rows);
    process.stderr.write(`› ${mb(statSync(file).size)} MB written; importing into a scratch PostgreSQL database…\n`);
    // Bundled and run by plain node, as the server runs compiled code (bundleBenchScript).
    const child = spawnSync(process.execPath, [bundleBenchScript("bench/verification-import.bench.ts"), "--child", file, JSON.stringify(reviewer)], { encoding: "utf8", env: { ...process.env, DATABASE_URL: db.url }, stdio: ["ignore", "pipe", "inherit"] });
    if (child.status !== 0) throw new Error(`the import child failed (${child.status})`);
    const result = JSON.parse(child.stdout.trim().split("\n").pop()!) as ImportBenchResult;
    console.log(JSON.stringify({ ...result, targetMaxRssMB: 300, met: result.maxRssMB < 300 }));
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
