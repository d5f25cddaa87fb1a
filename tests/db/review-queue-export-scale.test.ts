// The queue's Excel export over 100,000 claims on PostgreSQL: written page by page without the
// rows piling up in memory, every row in the file, and its progress readable from the database
// while it runs (what the page's progress bar polls). Rows are generated in SQL, as in
// review-queue-scale.test.ts: only the export is under test here.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { exportLabels } from "@/lib/exports/export-labels";
import { readExportProgress, type ExportProgress } from "@/lib/exports/read-export-progress";
import { exportReviewQueue } from "@/lib/review/export-review-queue";
import { queueFilterSchema } from "@/lib/review/list-review-queue";
import { reviewer } from "./review-fixtures";
import { applyTestSecrets } from "./test-env";

applyTestSecrets();

const CLAIMS = 100_000;

describe.skipIf(!process.env.TEST_DATABASE_URL)("the review queue's Excel export over 100,000 claims on postgres", () => {
  let db: TestDatabase;
  let me: { id: string; cityId: string };
  const dir = mkdtempSync(path.join(tmpdir(), "queue-export-"));
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    me = await reviewer(db.prisma);
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "Organisation" ("id", "cityId", "kind", "nameZh", "creditCode", "regionCode", "inNanchang", "district", "address", "contactName", "contactPhone", "contactEmail", "updatedAt")
      SELECT gen_random_uuid(), 'nanchang', 'ENTERPRISE', '导出测试企业' || g, 'EXPORT' || lpad(g::text, 12, '0'), '360106', true,
             (ARRAY['HONGGUTAN','DONGHU','XIHU','QINGSHANHU'])[1 + g % 4], '南昌', '张', '13800000000', 'export' || g || '@example.test', now()
      FROM generate_series(1, 2000) g`);
    // Every status here is one the queue lists, so all 100,000 claims are exported.
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "OffshoreClaim" ("id", "cityId", "claimNo", "organisationId", "claimYear", "status", "offshoreUsdCents", "entitlementFen", "submittedAt", "createdById", "updatedAt")
      SELECT gen_random_uuid(), 'nanchang', 'E' || o.n || '-' || y, o.id, 1990 + y,
             (ARRAY['SUBMITTED','UNDER_REVIEW','IN_NOTICE','PAID','REJECTED']::"ClaimStatus"[])[1 + (o.n + y) % 5],
             (20000000 + (o.n * y) % 500000000)::bigint, ((20000000 + (o.n * y) % 500000000) / 5)::int,
             now() - ((o.n * 50 + y) || ' minutes')::interval, '${me.id}', now()
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Organisation" WHERE "nameZh" LIKE '导出测试企业%') o,
           generate_series(1, 50) y`);
    await db.prisma.$executeRawUnsafe(`ANALYZE`);
  }, 300_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db?.close();
  });

  it("writes every row as the pages stream, with memory that does not grow with the rows, and progress in the database", async () => {
    expect(await db.prisma.offshoreClaim.count()).toBe(CLAIMS);
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const retained = () => {
      gc();
      const { heapUsed, external } = process.memoryUsage();
      return heapUsed + external;
    };

    const exportId = randomUUID();
    const file = path.join(dir, "queue.xlsx");
    const before = retained();
    const stream = await exportReviewQueue(db.prisma, { id: me.id, role: "REVIEWER", cityId: me.cityId! }, queueFilterSchema.parse({}), { format: "xlsx", labels: exportLabels("zh-CN"), exportId });

    // The reader samples memory and the run's progress every 256 KB of the file it receives.
    const out = createWriteStream(file);
    let bytes = 0;
    let nextSample = 0;
    let peak = 0;
    const progressSeen: ExportProgress[] = [];
    await stream.pipeTo(
      new WritableStream<Uint8Array>({
        async write(chunk) {
          bytes += chunk.length;
          if (bytes >= nextSample) {
            nextSample += 256 * 1024;
            peak = Math.max(peak, retained());
            progressSeen.push(await readExportProgress(db.prisma, me.id, exportId));
          }
          if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
        },
        close: () => new Promise<void>((resolve) => out.end(resolve)),
      }),
    );
    const growth = peak - before;
    console.log(`queue export: ${bytes} bytes, ${progressSeen.length} samples, retained growth ${(growth / 1024 / 1024).toFixed(1)} MB`);
    // 100,000 rows as objects or as sheet XML are well over 100 MB.
    expect(growth).toBeLessThan(60 * 1024 * 1024);

    // Real progress: counted first, then seen part-way by a reader of the database.
    expect(progressSeen.length).toBeGreaterThan(3);
    expect(progressSeen.every((p) => p.rowsTotal === CLAIMS)).toBe(true);
    expect(progressSeen.some((p) => p.status === "RUNNING" && p.rowsWritten > 0 && p.rowsWritten < CLAIMS)).toBe(true);
    expect(await readExportProgress(db.prisma, me.id, exportId)).toEqual({ status: "DONE", rowsWritten: CLAIMS, rowsTotal: CLAIMS });
    // Another user cannot read this run's progress.
    expect(await readExportProgress(db.prisma, randomUUID(), exportId)).toMatchObject({ status: "PENDING", rowsWritten: 0 });

    // Every row is in the file, the header in Chinese, amounts as yuan numbers.
    let rows = 0;
    let header: unknown[] = [];
    let amount: unknown;
    for await (const worksheet of new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), { worksheets: "emit" })) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        rows++;
        if (rows === 1) header = (row.values as unknown[]).slice(1, 8);
        if (rows === 2) amount = row.getCell(7).value;
      }
    }
    expect(rows).toBe(CLAIMS + 1);
    expect(header).toEqual(["申报编号", "类型", "申报单位", "区县", "年度", "状态", "金额（元）"]);
    expect(typeof amount).toBe("number");
  }, 600_000);
});
